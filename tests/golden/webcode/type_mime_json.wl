// La constante MIME qu'un client REST donne au ContentType de sa requête
// (`FirebaseRequête.ContentType = typeMimeJSON` dans un SDK Firebase pour WINDEV, un
// projet entier du web) : typeMimeJSON / mimeTypeJSON vaut "application/json" (INFERRED :
// aucune page d'aide enregistrée ne liste les constantes MIME). C'était un nom non
// déclaré : un variant vide, une requête envoyée sans son type.
reqCommande est une httpRequête
reqCommande.Méthode = httpPost
reqCommande.ContentType = typeMimeJSON
reqCommande.Contenu = "{""id"": 7}"
Trace(reqCommande.ContentType) // expect: application/json
Trace(TYPEMIMEJSON = "application/json", typemimejson = mimeTypeJSON) // expect: 1, 1
