/** The reader tools, listed on the home page and /tools/. Each entry is a page that exists. */
export const TOOLS = [
  {
    href: '/tools/eligibility/',
    title: 'Can I still return it?',
    description: 'The last day to return your item, what it costs and the rule behind it, with your legal rights when the window has closed.',
  },
  {
    href: '/tools/refund-estimator/',
    title: 'When will my money arrive?',
    description: 'Dates for your refund from the day you hand the parcel over, skipping weekends and public holidays, with a calendar reminder.',
  },
  {
    href: '/contact/#write',
    title: 'Write to customer service',
    description: 'A clear, polite message with your order facts in order and, where the law helps, the rule to cite. Nothing is sent to us.',
  },
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
