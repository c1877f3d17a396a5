import { render } from 'preact';
import { applyCachedTheme } from '../shared/ui/theme.ts';
import { Options } from './options.tsx';

applyCachedTheme();
render(<Options />, document.getElementById('app')!);
