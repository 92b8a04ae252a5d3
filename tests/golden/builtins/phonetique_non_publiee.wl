// Phonétique : la clé phonétique française de PC SOFT. Ses règles ne sont pas publiées :
// l'appel se compile et échoue à l'exécution avec un message qui dit pourquoi.
QUAND EXCEPTION DANS
    Trace(Phonétique("Dupont")) // wl: ignore[WL103]
FAIRE
    Trace(ExceptionInfo()) // expect: Phonétique is a function whose rules PC SOFT does not publish: wlinterp would have to invent its results (docs/builtins.md, "Soundex").
FIN
clé est une chaîne = phonetique("Martin") // expect error: does not publish
