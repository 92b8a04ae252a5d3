// Clone ?1000024843 avec des membres `<Copie=Clone>` qui ramènent à un objet déjà cloné
// (décidé, docs/builtins.md "Clone") : chaque objet est cloné une fois et les clones se
// désignent comme les originaux. Un anneau de deux nœuds s'arrêtait sur « Stack
// overflow ». Les objets d'un tableau associatif membre sont clonés aussi.
CNœud est une Classe
	sNom est une chaîne
	oSuivant est un CNœud dynamique <Copie=Clone>
	taEnfants est un tableau associatif de CNœud dynamique <Copie=Clone>
FIN
a est un CNœud dynamique = allouer un CNœud
a.sNom = "a"
b est un CNœud dynamique = allouer un CNœud
b.sNom = "b"
a.oSuivant = b
b.oSuivant = a
a.taEnfants["moi"] = a
a.taEnfants["autre"] = b
c est un CNœud dynamique = Clone(a)
Trace(c.sNom, c.oSuivant.sNom, c.oSuivant.oSuivant.sNom) // expect: a, b, a
c.sNom = "c"
c.oSuivant.sNom = "d"
Trace(c.oSuivant.oSuivant.sNom, c.taEnfants["moi"].sNom, c.taEnfants["autre"].sNom) // expect: c, c, d
Trace(a.sNom, b.sNom, a.taEnfants["autre"].sNom) // expect: a, b, b
