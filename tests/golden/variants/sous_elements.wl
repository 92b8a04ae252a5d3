// Les sous-éléments nommés et indicés d'un Variant, créés à la première écriture.
v est un Variant
v.Ville = "Paris"
v.Adresse.Rue = "1 rue de la Paix"
v.adresse.CODE_POSTAL = 75002
v.Téléphones[1] = "0607"
v.telephones[2] = "0102"
Trace(v.ville, v.adresse.rue, v.TELEPHONES[2])   // expect: Paris, 1 rue de la Paix, 0102
Trace(v..Occurrence, v.Adresse..Occurrence)   // expect: 3, 2
POUR TOUT m DE v.Adresse..Membre
    Trace(m..Nom + " = " + m..Valeur)
FIN
// expect: Rue = 1 rue de la Paix
// expect: CODE_POSTAL = 75002
Trace(VariantVersJSON(v))   // expect: {"Ville":"Paris","Adresse":{"Rue":"1 rue de la Paix","CODE_POSTAL":75002},"T\u00E9l\u00E9phones":["0607","0102"]}
copie est un variant = v
copie.Ville = "Lyon"
Trace(v.Ville, copie.Ville)   // expect: Paris, Lyon
tab est un tableau de 2 variants
tab[1].nom = "Anne"
Trace(tab[1].Nom)   // expect: Anne
b est un Buffer
Sérialise(v.Adresse, b, psdJSON)
Trace(b)   // expect: {"Rue":"1 rue de la Paix","CODE_POSTAL":75002}
