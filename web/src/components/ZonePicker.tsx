import { createMemo, createSignal, For } from "solid-js";
import { searchZones, zoneDescription } from "../zone-search";
import type { FieldAria } from "./Field";

/** A time-zone field that finds zones by city, region, abbreviation or IANA name ("new york",
 * "Eastern Time", "EST") and stores the IANA name; a typed IANA name is taken as it is. A
 * combobox: arrows move through the choices, Enter takes one, Escape closes the list. */
export function ZonePicker(
  props: FieldAria & {
    value: string;
    onChange: (value: string) => void;
    placeholder?: string;
    ref?: HTMLInputElement | ((el: HTMLInputElement) => void);
  },
) {
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const choices = createMemo(() => (open() ? searchZones(props.value) : []));
  const listId = () => `${props.id}-choices`;
  const optionId = (i: number) => `${props.id}-choice-${i}`;
  const expanded = () => open() && choices().length > 0;

  const choose = (zone: string) => {
    props.onChange(zone);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const count = choices().length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open()) {
        setOpen(true);
        setActive(0);
        return;
      }
      if (count === 0) return;
      setActive((i) => (i + (e.key === "ArrowDown" ? 1 : count - 1)) % count);
    } else if (e.key === "Enter" && expanded()) {
      e.preventDefault();
      const zone = choices()[active()];
      if (zone) choose(zone);
    } else if (e.key === "Escape" && expanded()) {
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div class="zone-picker">
      <input
        ref={props.ref}
        id={props.id}
        aria-invalid={props["aria-invalid"]}
        aria-describedby={props["aria-describedby"]}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded()}
        aria-controls={listId()}
        aria-activedescendant={expanded() ? optionId(active()) : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={props.placeholder ?? "A city, a region such as Eastern Time, or EST"}
        value={props.value}
        onInput={(e) => {
          props.onChange(e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div id={listId()} role="listbox" class="zone-choices" hidden={!expanded()}>
        <For each={choices()}>
          {(zone, i) => (
            <div
              id={optionId(i())}
              role="option"
              aria-selected={i() === active()}
              class="zone-choice"
              // Pressing an option must not blur the field first, which would close the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(zone)}
              // Keys reach the field, which names the active option; a screen reader's browse
              // mode can still put focus on an option itself.
              tabIndex={-1}
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                choose(zone);
              }}
            >
              <span class="zone-name">{zone.replaceAll("_", " ")}</span>
              <span class="meta"> · {zoneDescription(zone)}</span>
            </div>
          )}
        </For>
      </div>
    </div>
  );
}
