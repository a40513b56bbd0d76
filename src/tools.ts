/** The reader tools, listed on the home page and /tools/. Each entry is a page that exists. */
export const TOOLS = [
  {
    href: '/regions/#compare',
    title: 'Compare regions',
    description: 'Return windows, refund times and legal rights of every marketplace side by side.',
  },
  {
    href: '/search/',
    title: 'Search with filters',
    description: 'Find an answer by region, topic or type of page, and share the results link.',
  },
] as const;
