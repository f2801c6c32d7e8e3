import type { ControlProps } from './form-field';

/** A select of IANA time zones, for a FormField. */
export function TimeZoneSelect({ control, timeZones, defaultValue }: { control: ControlProps; timeZones: string[]; defaultValue: string }) {
  return (
    <select {...control} defaultValue={defaultValue} className="field-input">
      {timeZones.map((z) => (
        <option key={z} value={z}>
          {z}
        </option>
      ))}
    </select>
  );
}
