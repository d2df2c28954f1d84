import type { ColumnRole } from '../../src-shared/domain/contacts'

export type KeyRole = Exclude<ColumnRole, 'field' | 'ignore'>

/**
 * Header words per role, written without accents in lower case, with a weight: the higher, the surer.
 * "whatsapp" beats "phone" beats "tel" when a sheet has several phone columns.
 */
export const headerWords: Record<KeyRole, Record<string, number>> = {
  name: {
    name: 4,
    'full name': 4,
    'business name': 4,
    'company name': 4,
    'customer name': 4,
    'contact name': 4,
    'shop name': 4,
    'store name': 4,
    nombre: 4,
    'nombre completo': 4,
    'nombre del negocio': 4,
    nom: 4,
    'nom complet': 4,
    nome: 4,
    'nome completo': 4,
    'razon social': 4,
    firma: 3,
    firmenname: 4,
    business: 3,
    company: 3,
    customer: 3,
    client: 3,
    cliente: 3,
    contact: 2,
    contacto: 2,
    contato: 2,
    shop: 3,
    store: 3,
    empresa: 3,
    negocio: 3,
    tienda: 3,
    loja: 3,
    entreprise: 3,
    societe: 3,
    kunde: 3,
    'first name': 2,
    'last name': 1,
    surname: 1,
    apellido: 1,
    prenom: 2,
    vorname: 2,
    nachname: 1,
  },
  phone: {
    whatsapp: 5,
    wa: 5,
    'whatsapp number': 5,
    'numero de whatsapp': 5,
    mobile: 4,
    'mobile number': 4,
    'mobile phone': 4,
    cell: 4,
    cellphone: 4,
    'cell phone': 4,
    celular: 4,
    movil: 4,
    'telefono movil': 4,
    handy: 4,
    portable: 4,
    'telephone portable': 4,
    telemovel: 4,
    phone: 3,
    'phone number': 3,
    telephone: 3,
    tel: 3,
    telefono: 3,
    telefone: 3,
    telefon: 3,
    'contact number': 3,
    'numero de telefono': 3,
    'numero de telefone': 3,
    fono: 3,
    tlf: 3,
    tfno: 3,
    mob: 3,
    number: 2,
    numero: 2,
    nummer: 2,
  },
  website: {
    website: 4,
    'web site': 4,
    web: 3,
    url: 4,
    site: 3,
    'site web': 4,
    'sitio web': 4,
    'pagina web': 4,
    pagina: 3,
    homepage: 4,
    webseite: 4,
    internetseite: 4,
    'site internet': 4,
    link: 2,
    www: 3,
  },
  city: {
    city: 4,
    town: 4,
    ciudad: 4,
    cidade: 4,
    ville: 4,
    stadt: 4,
    ort: 3,
    localidad: 4,
    municipio: 4,
    poblacion: 3,
    localite: 3,
    commune: 3,
    citta: 4,
    'city town': 4,
    location: 2,
    ubicacion: 2,
    place: 1,
  },
}

/** Lower case, no accents, words separated by single spaces: "Teléfono  Móvil:" → "telefono movil". */
export function plainWords(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** How surely a header names the role: the whole header as a known phrase, else its best known word. */
export function headerScore(header: string, role: KeyRole): number {
  const words = plainWords(header)
  if (words === '') return 0
  const table = headerWords[role]
  const exact = table[words]
  if (exact !== undefined) return exact + 1
  let best = 0
  for (const word of words.split(' ')) best = Math.max(best, table[word] ?? 0)
  return best
}
