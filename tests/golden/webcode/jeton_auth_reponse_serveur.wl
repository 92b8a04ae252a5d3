// AuthToken.RéponseServeur / ServerResponse : la réponse (JSON) du point d'accès des
// jetons qu'AuthIdentifie a reçue, comme du vrai code la lit (`vJson =
// JSONVersVariant(Auth.RéponseServeur)` puis `vJson.id_token`, un SDK Firebase pour
// WINDEV qui se connecte avec Google) : elle arrêtait l'exécution ("AuthToken has no
// property") ; c'est la propriété que wlinterp appelait DonnéesService (INFERRED : aucune
// page enregistrée ne liste les propriétés d'AuthToken). Un jeton qu'aucune connexion n'a
// rempli ne tient aucune réponse.
jetVide est un AuthToken
Trace(Taille(jetVide.RéponseServeur), jetVide.Valide) // expect: 0, 0
Trace(jetVide.REPONSESERVEUR = jetVide.DonnéesService) // expect: 1
vRéponse est un Variant = JSONVersVariant(jetVide.RéponseServeur)
Trace(vRéponse.id_token = Null) // expect: 1
