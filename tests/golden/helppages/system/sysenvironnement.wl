// Page d'aide SysEnvironnement (?3073014), son exemple avec les noms français ; la
// ligne "homepath=\Users\doc" qu'il montre est posée d'abord par SysChangeEnvironnement
// (notre fonction) pour que son résultat puisse être écrit, puis retirée.
SysChangeEnvironnement("homepath", "\Users\doc")
// Récupère toutes les variables d'environnement du système
ResEnvironnement est une chaîne = SysEnvironnement()
Trace(Position(ResEnvironnement, "homepath=\Users\doc") > 0) // expect: 1
// Ses lignes sont séparées par des RC
Trace(Position(ResEnvironnement, RC) > 0) // expect: 1
// renvoie par exemple :
// homepath=\Users\doc
Trace(SysEnvironnement("homepath")) // expect: homepath=\Users\doc
// Ses remarques : la recherche est générique ; rien trouvé donne ""
Trace(SysEnvironnement("homep")) // expect: homepath=\Users\doc
Trace("[" + SysEnvironnement("wl_pas_de_telle_variable") + "]") // expect: []
SysChangeEnvironnement("homepath", "")
Trace("[" + SysEnvironnement("homepath") + "]") // expect: []
