import { t } from '../../../src/text/t';
import type { Density } from './view-prefs';

/** Compact rows or every card open, for the items. */
export function DensitySwitch({ density, onChange }: { density: Density; onChange(density: Density): void }) {
  return (
    <div class="view-switch density" role="group" aria-label={t('itemsView')}>
      <button type="button" aria-pressed={density === 'compact'} onClick={() => onChange('compact')}>
        {t('densityCompact')}
      </button>
      <button type="button" aria-pressed={density === 'full'} onClick={() => onChange('full')}>
        {t('densityFull')}
      </button>
    </div>
  );
}
