// Deterministic filler guides for the scale benchmark: realistic length and vocabulary, valid frontmatter.
const WORDS = (
  'return refund parcel label carrier drop-off pickup courier window deadline receipt order seller marketplace ' +
  'warehouse inspection statement balance card account bank transfer voucher replacement exchange damaged faulty ' +
  'packaging box tape accessories manual charger cable warranty guarantee claim support chat message tracking ' +
  'scan locker counter shop postage fee deduction restocking condition unopened opened used sealed hygiene ' +
  'holiday season gift registry category electronics clothing shoes books toys kitchen garden furniture'
).split(' ');
const TOPICS = ['eligibility', 'starting-a-return', 'labels-and-packing', 'drop-off-and-pickup', 'refunds', 'problems-and-support', 'costs-and-fees', 'special-items'];

function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function sentence(next) {
  const length = 8 + Math.floor(next() * 12);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
  return `${words.join(' ').replace(/^./, (letter) => letter.toUpperCase())}.`;
}

/** Guide number `index` (1-based): about 600 words in six sections. */
export function syntheticGuide(index) {
  const next = random(index * 7919);
  const slug = `bench-guide-${String(index).padStart(4, '0')}`;
  const sections = Array.from({ length: 6 }, (_, section) => {
    const paragraphs = Array.from({ length: 2 }, () => Array.from({ length: 4 }, () => sentence(next)).join(' '));
    return `## Section ${section + 1} of synthetic guide ${index}\n\n${paragraphs.join('\n\n')}`;
  });
  const text = `---
title: Synthetic guide ${index} about ${WORDS[index % WORDS.length]} and ${WORDS[(index * 3) % WORDS.length]}
description: A generated guide used only by the scale benchmark to measure build time, page size and search cost.
lastReviewed: 2026-11-26
topic: ${TOPICS[index % TOPICS.length]}
keywords: [benchmark ${index}]
sources:
  - title: Benchmark source
    url: https://example.org/benchmark/${index}
---

${sections.join('\n\n')}
`;
  return { slug, text };
}
