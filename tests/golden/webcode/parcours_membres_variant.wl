// Jumeau français de variant_member_walk.wl : une procédure qui parcourt les membres
// d'un Variant (paramètre de type MembreVariant, POUR TOUT m DE v..Membre, ..Nom,
// ..Valeur, ..Type, TypeVar(m), CAS wlVariantObjet / wlVariantTableau).
commande est un Variant
commande.réf = "A-12"
commande.qté = 3
commande.client.ville = "Lyon"
commande.étiquettes[1] = "urgent"
Trace(Décrire(commande, "commande")) // expect: commande{réf:16;qté:8;client{ville:16;}étiquettes[urgent]}
Trace(wlVariantObjet = wlVariant, wlVariantTableau = wlTableau) // expect: 1, 1
pour tout m de commande..Membre
	si m..Nom = "qté" alors Trace(m..Valeur * 2, TypeVar(m) = wlEntier) // expect: 6, 1
fin

procédure Décrire(LOCAL noeud est un membrevariant, sNom est une chaîne)
sRés est une chaîne
enfant est un MembreVariant
SELON noeud..Type
	CAS wlVariantObjet
		sRés = sNom + "{"
		POUR TOUT enfant DE noeud..Membre
			sRés += Décrire(enfant, enfant..Nom)
		FIN
		sRés += "}"
	CAS wlVariantTableau
		sRés = sNom + "["
		POUR TOUT sÉlt DE noeud..Valeur
			sRés += sÉlt
		FIN
		sRés += "]"
	AUTRE CAS
		sRés = sNom + ":" + noeud..Type + ";"
FIN
RENVOYER sRés
