import { render } from 'preact';
import { applyCachedTheme } from '../shared/ui/theme.ts';
import { Options } from './options.tsx';
import { t } from '../shared/ui/i18n.ts';

applyCachedTheme();
// The page's static <title> and lang are English; the messages in use decide them.
document.documentElement.lang = t('uiLang');
document.title = t('optionsTitle', t('extName'));
render(<Options />, document.getElementById('app')!);
