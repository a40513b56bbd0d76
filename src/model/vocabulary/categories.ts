/**
 * The product categories region data may name (`categoryRules[].category`, holiday-window `categories`, …).
 * One global list, so every region uses the same id for the same kind of item and the eligibility checker
 * can offer one menu. Labels are reader-facing; `examples` helps a reader pick the right one.
 * Adding a category here is the only step needed before region data can use it.
 */
export interface CategoryInfo {
  label: string;
  examples?: string;
}

export const CATEGORIES = {
  standard: { label: 'Most items', examples: 'anything not listed separately' },
  'amazon-devices': { label: 'Amazon devices', examples: 'Kindle, Echo, Fire, Ring, Blink, eero' },
  renewed: { label: 'Amazon Renewed', examples: 'refurbished items sold as Renewed' },
  'renewed-premium': { label: 'Amazon Renewed Premium', examples: 'Renewed items in Premium condition' },
  apple: { label: 'Apple products', examples: 'iPhone, iPad, Mac, AirPods' },
  'boost-infinite': { label: 'Boost Infinite phones and devices' },
  haul: { label: 'Amazon Haul items' },
  electronics: { label: 'Electronics', examples: 'speakers, chargers, smart home' },
  computers: { label: 'Computers and laptops', examples: 'laptops, desktops, monitors, components' },
  tablets: { label: 'Tablets' },
  mobiles: { label: 'Mobile phones', examples: 'smartphones and other wireless devices' },
  headphones: { label: 'Headphones and earbuds' },
  cameras: { label: 'Cameras and photo', examples: 'cameras, lenses, camcorders' },
  tvs: { label: 'TVs and home entertainment', examples: 'televisions, projectors, home cinema' },
  'video-games': { label: 'Video games and consoles' },
  'music-video': { label: 'Music, films and TV on disc', examples: 'CDs, vinyl, DVDs, Blu-ray' },
  software: { label: 'Software' },
  office: { label: 'Office products', examples: 'printers, stationery' },
  'large-appliances': { label: 'Large appliances', examples: 'washing machines, fridges' },
  kitchen: { label: 'Kitchen and household', examples: 'cookware, small kitchen appliances' },
  home: { label: 'Home', examples: 'decor, bedding, storage' },
  furniture: { label: 'Furniture' },
  mattresses: { label: 'Mattresses' },
  diy: { label: 'DIY and tools', examples: 'power tools, hardware' },
  garden: { label: 'Garden and outdoors' },
  automotive: { label: 'Car and motorbike accessories' },
  automobiles: { label: 'Vehicles', examples: 'cars and motorbikes themselves' },
  books: { label: 'Books (print)' },
  'kindle-books': { label: 'Kindle books and digital textbooks' },
  'digital-music': { label: 'Digital music', examples: 'songs and albums bought as downloads or by voice' },
  digital: { label: 'Other digital items', examples: 'apps, downloads, digital subscriptions' },
  toys: { label: 'Toys and games' },
  collectibles: { label: 'Collectibles', examples: 'trading cards, chase figurines, collectible board games' },
  baby: { label: 'Baby products' },
  'health-personal-care': { label: 'Health and personal care' },
  'personal-care-electronics': { label: 'Personal care electronics', examples: 'shavers, hair dryers, electric toothbrushes' },
  'hygiene-sealed': { label: 'Sealed health or hygiene items, once unsealed', examples: 'sealed cosmetics or toiletries' },
  'health-safety-risk': { label: 'Items that are a health or safety risk to return' },
  beauty: { label: 'Beauty' },
  'grocery-perishables': { label: 'Groceries and perishables', examples: 'food, drinks, flowers, Amazon Fresh orders' },
  pharmacy: { label: 'Amazon Pharmacy prescriptions' },
  'pet-medication': { label: 'Pet medication' },
  'pet-supplies': { label: 'Pet supplies' },
  fashion: { label: 'Clothing and fashion' },
  shoes: { label: 'Shoes' },
  'jewellery-watches': { label: 'Jewellery and watches' },
  'handbags-luggage': { label: 'Handbags, luggage and wallets' },
  backpacks: { label: 'Backpacks' },
  sports: { label: 'Sports and outdoors' },
  personalised: { label: 'Personalised or custom-made items', examples: 'engraved, made to your measurements' },
  hazardous: { label: 'Hazardous items', examples: 'flammable or gas-powered items' },
  'restricted-shipping': { label: 'Items with shipping restrictions' },
  'gift-cards': { label: 'Gift cards and other redeemable products' },
  'gift-list': { label: 'Gifts bought from a gift list' },
  'wedding-registry': { label: 'Wedding registry gifts' },
  'baby-registry': { label: 'Baby registry gifts' },
} as const satisfies Record<string, CategoryInfo>;

export type CategoryId = keyof typeof CATEGORIES;
// Marked pure so a bundle that imports the vocabulary lazily does not also load it up front for this call.
export const CATEGORY_IDS = /* @__PURE__ */ Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && Object.hasOwn(CATEGORIES, value);
}

/** Reader-facing name of a category, for example "Amazon Renewed Premium". */
export function categoryLabel(id: CategoryId): string {
  return CATEGORIES[id].label;
}
