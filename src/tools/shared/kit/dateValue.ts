/**
 * A date control's answer: its value, or null when it holds something the browser could not read as a date
 * (typed 30 February, half a date). Chromium leaves `value` empty then, so without this the tools would say
 * "enter a date" to a reader who did. The validators turn null into "not a real date" (tools/shared/toolDate.ts).
 */
export function dateValue(input: HTMLInputElement): string | null {
  return input.validity?.badInput ? null : input.value;
}
