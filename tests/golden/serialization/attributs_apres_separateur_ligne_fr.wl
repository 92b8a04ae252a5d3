// Les attributs des membres (<serialise=faux>, <nom=...>) sont lus sur la ligne de leur
// membre, même après un commentaire contenant un séparateur de ligne (U+2028) ou un saut
// de page
STRUCTURE Compte
    // l'identifiant  et son nom en JSON
    Identifiant est une chaîne <nom="user_login">
    MotDePasse est une chaîne <sérialise=faux>
    Age est un entier <sérialise="annees">
FIN
c est un Compte
c.Identifiant = "ann"
c.MotDePasse = "secret"
c.Age = 30
s est une chaîne
Sérialise(c, s, psdJSON)
Trace(s)   // expect: {"user_login":"ann","annees":30}
