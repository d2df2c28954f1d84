import { parsePhoneNumberFromString } from 'libphonenumber-js/max'

/**
 * One zone per country libphonenumber knows, from tzdata's zone.tab. Where a country spans several
 * zones this is the zone most of its people live in (US: New York, CA: Toronto, BR: São Paulo,
 * RU: Moscow, AU: Sydney, MX: Mexico City, ID: Jakarta, KZ: Almaty, CL: Santiago, CN: Shanghai).
 * Kept as one string so the table stays compact; `countryTimeZones` is the parsed form.
 */
const table = `
AC=Atlantic/St_Helena AD=Europe/Andorra AE=Asia/Dubai AF=Asia/Kabul AG=America/Antigua
AI=America/Anguilla AL=Europe/Tirane AM=Asia/Yerevan AO=Africa/Luanda
AR=America/Argentina/Buenos_Aires AS=Pacific/Pago_Pago AT=Europe/Vienna AU=Australia/Sydney
AW=America/Aruba AX=Europe/Mariehamn AZ=Asia/Baku BA=Europe/Sarajevo BB=America/Barbados
BD=Asia/Dhaka BE=Europe/Brussels BF=Africa/Ouagadougou BG=Europe/Sofia BH=Asia/Bahrain
BI=Africa/Bujumbura BJ=Africa/Porto-Novo BL=America/St_Barthelemy BM=Atlantic/Bermuda BN=Asia/Brunei
BO=America/La_Paz BQ=America/Kralendijk BR=America/Sao_Paulo BS=America/Nassau BT=Asia/Thimphu
BW=Africa/Gaborone BY=Europe/Minsk BZ=America/Belize CA=America/Toronto CC=Indian/Cocos
CD=Africa/Kinshasa CF=Africa/Bangui CG=Africa/Brazzaville CH=Europe/Zurich CI=Africa/Abidjan
CK=Pacific/Rarotonga CL=America/Santiago CM=Africa/Douala CN=Asia/Shanghai CO=America/Bogota
CR=America/Costa_Rica CU=America/Havana CV=Atlantic/Cape_Verde CW=America/Curacao
CX=Indian/Christmas CY=Asia/Nicosia CZ=Europe/Prague DE=Europe/Berlin DJ=Africa/Djibouti
DK=Europe/Copenhagen DM=America/Dominica DO=America/Santo_Domingo DZ=Africa/Algiers
EC=America/Guayaquil EE=Europe/Tallinn EG=Africa/Cairo EH=Africa/El_Aaiun ER=Africa/Asmara
ES=Europe/Madrid ET=Africa/Addis_Ababa FI=Europe/Helsinki FJ=Pacific/Fiji FK=Atlantic/Stanley
FM=Pacific/Chuuk FO=Atlantic/Faroe FR=Europe/Paris GA=Africa/Libreville GB=Europe/London
GD=America/Grenada GE=Asia/Tbilisi GF=America/Cayenne GG=Europe/Guernsey GH=Africa/Accra
GI=Europe/Gibraltar GL=America/Nuuk GM=Africa/Banjul GN=Africa/Conakry GP=America/Guadeloupe
GQ=Africa/Malabo GR=Europe/Athens GT=America/Guatemala GU=Pacific/Guam GW=Africa/Bissau
GY=America/Guyana HK=Asia/Hong_Kong HN=America/Tegucigalpa HR=Europe/Zagreb
HT=America/Port-au-Prince HU=Europe/Budapest ID=Asia/Jakarta IE=Europe/Dublin IL=Asia/Jerusalem
IM=Europe/Isle_of_Man IN=Asia/Kolkata IO=Indian/Chagos IQ=Asia/Baghdad IR=Asia/Tehran
IS=Atlantic/Reykjavik IT=Europe/Rome JE=Europe/Jersey JM=America/Jamaica JO=Asia/Amman JP=Asia/Tokyo
KE=Africa/Nairobi KG=Asia/Bishkek KH=Asia/Phnom_Penh KI=Pacific/Tarawa KM=Indian/Comoro
KN=America/St_Kitts KP=Asia/Pyongyang KR=Asia/Seoul KW=Asia/Kuwait KY=America/Cayman KZ=Asia/Almaty
LA=Asia/Vientiane LB=Asia/Beirut LC=America/St_Lucia LI=Europe/Vaduz LK=Asia/Colombo
LR=Africa/Monrovia LS=Africa/Maseru LT=Europe/Vilnius LU=Europe/Luxembourg LV=Europe/Riga
LY=Africa/Tripoli MA=Africa/Casablanca MC=Europe/Monaco MD=Europe/Chisinau ME=Europe/Podgorica
MF=America/Marigot MG=Indian/Antananarivo MH=Pacific/Majuro MK=Europe/Skopje ML=Africa/Bamako
MM=Asia/Yangon MN=Asia/Ulaanbaatar MO=Asia/Macau MP=Pacific/Saipan MQ=America/Martinique
MR=Africa/Nouakchott MS=America/Montserrat MT=Europe/Malta MU=Indian/Mauritius MV=Indian/Maldives
MW=Africa/Blantyre MX=America/Mexico_City MY=Asia/Kuala_Lumpur MZ=Africa/Maputo NA=Africa/Windhoek
NC=Pacific/Noumea NE=Africa/Niamey NF=Pacific/Norfolk NG=Africa/Lagos NI=America/Managua
NL=Europe/Amsterdam NO=Europe/Oslo NP=Asia/Kathmandu NR=Pacific/Nauru NU=Pacific/Niue
NZ=Pacific/Auckland OM=Asia/Muscat PA=America/Panama PE=America/Lima PF=Pacific/Tahiti
PG=Pacific/Port_Moresby PH=Asia/Manila PK=Asia/Karachi PL=Europe/Warsaw PM=America/Miquelon
PR=America/Puerto_Rico PS=Asia/Hebron PT=Europe/Lisbon PW=Pacific/Palau PY=America/Asuncion
QA=Asia/Qatar RE=Indian/Reunion RO=Europe/Bucharest RS=Europe/Belgrade RU=Europe/Moscow
RW=Africa/Kigali SA=Asia/Riyadh SB=Pacific/Guadalcanal SC=Indian/Mahe SD=Africa/Khartoum
SE=Europe/Stockholm SG=Asia/Singapore SH=Atlantic/St_Helena SI=Europe/Ljubljana
SJ=Arctic/Longyearbyen SK=Europe/Bratislava SL=Africa/Freetown SM=Europe/San_Marino SN=Africa/Dakar
SO=Africa/Mogadishu SR=America/Paramaribo SS=Africa/Juba ST=Africa/Sao_Tome SV=America/El_Salvador
SX=America/Lower_Princes SY=Asia/Damascus SZ=Africa/Mbabane TA=Atlantic/St_Helena
TC=America/Grand_Turk TD=Africa/Ndjamena TG=Africa/Lome TH=Asia/Bangkok TJ=Asia/Dushanbe
TK=Pacific/Fakaofo TL=Asia/Dili TM=Asia/Ashgabat TN=Africa/Tunis TO=Pacific/Tongatapu
TR=Europe/Istanbul TT=America/Port_of_Spain TV=Pacific/Funafuti TW=Asia/Taipei
TZ=Africa/Dar_es_Salaam UA=Europe/Kyiv UG=Africa/Kampala US=America/New_York UY=America/Montevideo
UZ=Asia/Tashkent VA=Europe/Vatican VC=America/St_Vincent VE=America/Caracas VG=America/Tortola
VI=America/St_Thomas VN=Asia/Ho_Chi_Minh VU=Pacific/Efate WF=Pacific/Wallis WS=Pacific/Apia
XK=Europe/Belgrade YE=Asia/Aden YT=Indian/Mayotte ZA=Africa/Johannesburg ZM=Africa/Lusaka
ZW=Africa/Harare`

export const countryTimeZones: Readonly<Record<string, string>> = Object.fromEntries(
  table
    .trim()
    .split(/\s+/)
    .map((entry) => entry.split('=') as [string, string]),
)

/** North American area codes outside the Eastern zone, for the biggest places; the rest stay on the default. */
const areaCodeZones: Readonly<Record<string, string>> = {
  'America/Chicago':
    '205 210 214 217 218 224 225 228 251 254 256 262 274 281 309 312 314 316 318 319 320 325 331 334 337 ' +
    '346 361 402 405 409 414 417 430 447 469 479 501 504 507 512 515 531 534 539 557 563 572 573 580 ' +
    '601 605 608 612 615 618 620 629 630 636 641 651 659 660 662 682 701 708 712 713 715 726 731 737 ' +
    '763 769 773 779 785 806 815 816 817 830 832 847 870 872 901 903 913 918 920 936 938 940 945 952 ' +
    '956 972 975 979 985',
  'America/Denver': '208 303 307 385 406 435 505 575 719 720 801 915 970 983 986',
  'America/Phoenix': '480 520 602 623 928',
  'America/Los_Angeles':
    '206 209 213 253 310 323 341 350 360 408 415 424 425 442 458 503 509 510 530 541 559 562 564 619 ' +
    '626 628 650 657 661 669 702 707 714 725 747 760 775 805 818 820 831 840 858 909 916 925 949 951 971',
  'America/Anchorage': '907',
  'Pacific/Honolulu': '808',
  'America/Vancouver': '236 250 604 672 778',
  'America/Edmonton': '368 403 587 780 825',
  'America/Regina': '306 474 639',
  'America/Winnipeg': '204 431 584',
  'America/Halifax': '782 902',
  'America/Moncton': '428 506',
  'America/St_Johns': '709 879',
}

const zoneOfAreaCode = new Map(
  Object.entries(areaCodeZones).flatMap(([zone, codes]) => codes.split(' ').map((code) => [code, zone])),
)

const validity = new Map<string, boolean>()

/** Whether this JavaScript runtime knows the zone (its ICU data decides, not tzdata on disk). */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = validity.get(timeZone)
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat(undefined, { timeZone })
      valid = true
    } catch {
      valid = false
    }
    validity.set(timeZone, valid)
  }
  return valid
}

/**
 * The recipient's IANA time zone, from the country of an E.164 number. `overrides` maps a country code
 * to the zone to use for all of that country's numbers (e.g. `{ US: 'America/Chicago' }` for a shop whose
 * customers are local): an override wins over the area-code guess. Unknown countries get 'UTC'.
 */
export function timeZoneForPhone(e164: string, overrides?: Readonly<Record<string, string>>): string {
  const phone = parsePhoneNumberFromString(e164)
  const country = phone?.country
  if (!phone || !country) return 'UTC'
  const override = overrides?.[country]
  if (override && isValidTimeZone(override)) return override
  if (country === 'US' || country === 'CA') {
    const byArea = zoneOfAreaCode.get(phone.nationalNumber.slice(0, 3))
    if (byArea) return byArea
  }
  return countryTimeZones[country] ?? 'UTC'
}

const clocks = new Map<string, Intl.DateTimeFormat>()

function clockIn(timeZone: string): Intl.DateTimeFormat {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC'
  let clock = clocks.get(zone)
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
    clocks.set(zone, clock)
  }
  return clock
}

/** Minutes since local midnight in `timeZone` at the instant `at` (epoch ms); an unknown zone counts as UTC. */
export function localMinutes(at: number, timeZone: string): number {
  let hour = 0
  let minute = 0
  for (const part of clockIn(timeZone).formatToParts(at)) {
    if (part.type === 'hour') hour = Number(part.value)
    if (part.type === 'minute') minute = Number(part.value)
  }
  return (hour % 24) * 60 + minute
}
