import { render } from 'preact';
import { Popup } from './popup.tsx';

const params = new URLSearchParams(location.search);
const tabParam = params.get('tabId');
render(<Popup tabId={tabParam ? Number(tabParam) : undefined} />, document.getElementById('app')!);
