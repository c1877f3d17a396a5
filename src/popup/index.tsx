import { render } from 'preact';
import { applyCachedTheme } from '../shared/ui/theme.ts';
import { Popup } from './popup.tsx';
import { t } from '../shared/ui/i18n.ts';

applyCachedTheme();
// The page's static <title> and lang are English; the messages in use decide them.
document.documentElement.lang = t('uiLang');
document.title = t('extName');
const params = new URLSearchParams(location.search);
const tabParam = params.get('tabId');
// Opened with ?tabId=N (a full tab, tests) the page is not a toolbar popup: let it use the width.
if (tabParam) document.documentElement.classList.add('in-tab');
render(<Popup tabId={tabParam ? Number(tabParam) : undefined} />, document.getElementById('app')!);
