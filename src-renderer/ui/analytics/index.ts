// The Dashboard's cards and charts, which a campaign's History page shows too.
export { ErrorsList } from './errors-list'
export { errorAdvice, errorTitle } from './error-words'
export { FunnelChart } from './funnel-chart'
export { StatCards, TimingCard } from './stat-cards'
export { VariantsPanel } from './variants-panel'
