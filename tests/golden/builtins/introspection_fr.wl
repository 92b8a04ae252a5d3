// TypeVariable, ProprieteExiste, VariantConvertit, ChercheProcedure en français (aucune
// page d'aide stockée : docs/builtins.md, « Introspection without a help page », INFERRED)
Client est une Classe
	m_nom est une chaîne
FIN
c est un Client
Trace(PropriétéExiste(c, "m_nom"), ProprieteExiste(c, "Nom"), PROPRIETEEXISTE(c, "Age")) // expect: 1, 1, 0
j est un Variant = JSONVersVariant("{""a"":1}")
Trace(PropriétéExiste(j, "a"), PropriétéExiste(j, "b")) // expect: 1, 0
v est un Variant = "2.5"
Trace(TypeVariable(v) = wlChaîne, TypeVariable(DateSys()) = wlChaîne) // expect: 1, 1
Trace(VariantConvertit(v, wlRéel), v * 2) // expect: 1, 5
Trace(VariantConvertit(v, wlBooléen), v) // expect: 1, 1
Trace(TypeVariable(v) = wlBooléen) // expect: 1
p est une procédure = ChercheProcédure("Triple")
Trace(p(5)) // expect: 15
Trace(ChercheProcédure("Absente") = Null, ErreurDétectée) // expect: 1, 1
PROCÉDURE Triple(x)
RENVOYER 3 * x
PROCÉDURE PUBLIQUE Client::Nom() <get>
RENVOYER :m_nom
