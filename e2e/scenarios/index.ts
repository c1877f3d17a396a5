/** Every shared scenario, in the order both browsers run them. */
import type { Scenario } from '../harness/driver.ts';
import { bigPage } from './big-page.ts';
import { cardLayout } from './card-layout.ts';
import { claims } from './claims.ts';
import { detection } from './detection.ts';
import { documents } from './documents.ts';
import { highlight } from './highlight.ts';
import { hostile } from './hostile.ts';
import { hostilePages } from './hostile-pages.ts';
import { languages } from './languages.ts';
import { lifecycle } from './lifecycle.ts';
import { network } from './network.ts';
import { optionsPage } from './options.ts';
import { popover } from './popover.ts';
import { popup } from './popup.ts';
import { reactHydration } from './react-hydration.ts';
import { ruleEdit } from './rule-edit.ts';
import { settings } from './settings.ts';
import { smoke } from './smoke.ts';
import { storedData } from './stored-data.ts';

export const SCENARIOS: Scenario[] = [...smoke, ...detection, ...highlight, ...popover, ...cardLayout, ...popup, ...optionsPage, ...ruleEdit, ...claims, ...languages, ...network, ...settings, ...hostile, ...hostilePages, ...bigPage, ...reactHydration, ...documents, ...storedData, ...lifecycle];
