import {iso6393} from 'iso-639-3';
import {data} from '../node_modules/franc/data.js';
import {expressions} from '../node_modules/franc/expressions.js';
const codes = new Set([...Object.values(data).flatMap(o=>Object.keys(o)), ...Object.keys(expressions).filter(k=>/^[a-z]{3}$/.test(k))]);
const macro = {arb:'ar',pes:'fa',prs:'fa',cmn:'zh',zlm:'ms',uzn:'uz',azj:'az',ekk:'et',lvs:'lv',ydd:'yi',khk:'mn',npi:'ne',plt:'mg',swh:'sw',pbu:'ps',als:'sq',knc:'kr',quz:'qu',quy:'qu',qug:'qu',ayr:'ay',fuv:'ff',fuf:'ff', src:'sc', ckb:'ku', kmr:'ku', tzm:null};
const out = {};
for (const c of [...codes].sort()) {
  const e = iso6393.find(x=>x.iso6393===c);
  const one = c in macro ? macro[c] : (e && e.iso6391) || null;
  out[c] = {code: one || c, name: e ? e.name : c};
}
console.log(JSON.stringify(out));
