/**
 * Days given in the input (publication dates, knowledge-base dates): real
 * calendar days, from 1800 on. Earlier years are no news report's, and the date
 * readers, which write years as four digits, are not built for them.
 */
import { z } from 'zod';
import { isCalendarDay } from '../../shared/partialDate';

export const EARLIEST_INPUT_YEAR = 1800;

export const inputDaySchema = z
  .string()
  .refine(isCalendarDay, 'not a real calendar date; use YYYY-MM-DD')
  .refine(
    (day) => Number(day.slice(0, 4)) >= EARLIEST_INPUT_YEAR,
    `a year before ${EARLIEST_INPUT_YEAR}; check the date`,
  );
