/**
 * Review page: the link to the parallel page opens it at the pair of the paragraph being read.
 * Without JavaScript it opens the parallel page at the top.
 */
import { keepPlace } from './reading-place.ts';

const link = document.querySelector<HTMLAnchorElement>('a[data-parallel-link]');
if (link) keepPlace(link, [...document.querySelectorAll('main section[id] :is(h2, p, figure)[id]')]);
