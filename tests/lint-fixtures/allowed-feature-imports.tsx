// lint-as: src/features/timeline/fixture.tsx
// expect: nothing (a feature may use its own folder, the helpers at the top of features/ and shared/)
import { Highlighted } from '../Highlighted';
import { revealInPage } from './windowMoves';
import { KIND_LABELS } from '../../shared/kinds';

export const allowed = [Highlighted, revealInPage, KIND_LABELS];
