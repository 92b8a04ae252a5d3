// TableauVersChaîne sur un tableau à deux dimensions : les colonnes séparées par le
// deuxième paramètre (TAB par défaut), les lignes par le troisième (RC par défaut)
// (INFERRED : docs/builtins.md).
Ventes est un tableau de 2 par 3 entiers
Ventes[1, 1] = 10; Ventes[1, 2] = 20; Ventes[1, 3] = 30
Ventes[2, 1] = 40; Ventes[2, 2] = 50; Ventes[2, 3] = 60
Trace(TableauVersChaîne(Ventes, ";", " | "))
// expect: 10;20;30 | 40;50;60
Trace(Remplace(Remplace(TableauVersChaîne(Ventes), TAB, ","), RC, "/"))
// expect: 10,20,30/40,50,60
Jours est un tableau de chaînes = ["Lun", "Mar"]
Trace(TableauVersChaîne(Jours, "-", "|"))
// expect: Lun-Mar
