// Attributs de membres en français : <sérialise=faux>, <nom=...>.
STRUCTURE Compte
    Identifiant est une chaîne <nom="id">
    MotDePasse est une chaîne <sérialise=faux>
FIN
c est un Compte
c.Identifiant = "léa"
c.MotDePasse = "secret"
t est une chaîne
Sérialise(c, t, psdXML)
Trace(t)   // expect: <Compte><id>léa</id></Compte>
j est un JSON = c
Trace(j)   // expect: {"id":"léa"}
