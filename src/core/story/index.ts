// The story across versions as the reader is shown it: ranking, folding and the report every view renders.
export { storyReport, reportOfComparison, type ReportBase } from './report';
export { carriesOf, isFragment, weightOf, contentWords, FRAGMENT_WORDS } from './carries';
export { contentWordsOf, overlap, sameFact, SAME_FACT } from './fold';
