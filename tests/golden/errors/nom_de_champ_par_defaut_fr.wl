// Le nom que l'éditeur donne à un nouveau champ (Jauge1, Libellé2) et le préfixe TBL_ :
// l'exécution s'arrête là où le champ sert, en disant ce qu'est le nom
Trace("avant") // expect: avant
TBL_Lignes..Occurrence = 0 // expect error: control TBL_Lignes: not available outside the IDE
