import { useParams } from "@solidjs/router";
import { DayView } from "../day/DayView";

/** `/conferences/:id/day/:date`: the day page, as the day-plan reminder links to it. */
export function Day() {
  const params = useParams<{ id: string; date: string }>();
  return <DayView conferenceId={params.id} date={params.date} />;
}
