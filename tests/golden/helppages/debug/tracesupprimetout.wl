// TraceSupprimeTout vide la fenêtre de trace de WINDEV. Ici les traces vont au terminal,
// qui ne peut pas être vidé : l'appel est accepté et les traces suivantes s'écrivent comme
// d'habitude (docs/builtins.md "TraceDeleteAll").
Trace("avant")
TRACESUPPRIMETOUT()
Trace("après")
TraceSupprimeTout
// expect: avant
// expect: après
