import { render } from 'preact';
import { applyCachedTheme } from '../shared/ui/theme.ts';
import { Popup } from './popup.tsx';

applyCachedTheme();
const params = new URLSearchParams(location.search);
const tabParam = params.get('tabId');
// Opened with ?tabId=N (a full tab, tests) the page is not a toolbar popup: let it use the width.
if (tabParam) document.documentElement.classList.add('in-tab');
render(<Popup tabId={tabParam ? Number(tabParam) : undefined} />, document.getElementById('app')!);
