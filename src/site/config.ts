/** Site-wide names and navigation. Pages are listed by collection queries, never here. */
export const SITE_NAME = 'Refund Atlas';
export const SITE_TAGLINE = 'Return it. Get your money back. Region by region.';

export const PRIMARY_NAV = [
  { href: '/guides/', label: 'Return steps' },
  { href: '/regions/', label: 'Regions' },
  { href: '/faq/', label: 'FAQ' },
  { href: '/tools/', label: 'Tools' },
] as const;

/** The date the site was built, shown in the footer so readers can judge freshness. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

