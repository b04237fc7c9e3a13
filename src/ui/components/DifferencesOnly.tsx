// The "Differences only" switch shown above an aligned side-by-side view (side panel and compare page).

export function DifferencesOnly({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
      />{' '}
      Differences only
    </label>
  );
}
