import { type JSX, Match, type Resource, Show, Switch } from "solid-js";
import { messageOf } from "../api";
import { settled } from "../settled";
import { ErrorNotice } from "./ErrorNotice";

/** Loading, error and ready states of one resource, announced to screen readers. */
export function AsyncView<T>(props: {
  resource: Resource<T>;
  loading: string;
  /** Shown under the error, e.g. a way back. */
  afterError?: JSX.Element;
  children: (value: T) => JSX.Element;
}) {
  return (
    <Switch
      fallback={
        <p class="notice" role="status" aria-live="polite">
          {props.loading}
        </p>
      }
    >
      <Match when={props.resource.error}>
        <ErrorNotice message={messageOf(props.resource.error)} />
        <Show when={props.afterError}>
          <p>{props.afterError}</p>
        </Show>
      </Match>
      <Match when={settled(props.resource)} keyed>
        {(value) => props.children(value)}
      </Match>
    </Switch>
  );
}
