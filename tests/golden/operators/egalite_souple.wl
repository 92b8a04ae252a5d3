// égalité souple ~= et très souple ~~
nom est une chaîne = " DUPONT "
SI nom ~= "dupont" ALORS Trace("même nom") // expect: même nom
SI "l'été" ~~ "LETE" ALORS Trace("très souple") // expect: très souple
