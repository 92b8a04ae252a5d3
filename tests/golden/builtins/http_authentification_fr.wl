// httpRequête.Authentification (?1000021158, page française : les mêmes constantes) :
// auBasic, par défaut, envoie Utilisateur et MotDePasse d'emblée ; auDigest répond au défi
// Digest du serveur (l'échange : tests/stdlib/test_http_digest.py) ; auNegotiate et auNTLM,
// propres à Windows, font échouer la requête avant tout envoi.
req est une httpRequête
Trace(req.Authentification = auBasic) // expect: 1
req.Authentification = auDigest
Trace(req.Authentification = auDigest, req.Authentification <> auBasic) // expect: 1, 1
req.URL = "http://127.0.0.1:9/jamais"
req.Utilisateur = "anne"
req.Authentification = auNTLM
r est une httpRéponse = HTTPEnvoie(req)
Trace(ErreurDétectée, r.CodeEtat) // expect: 1, 0
Trace(ErreurInfo(errMessage)) // expect: HTTPEnvoie: the request's Authentication, auNTLM, is Windows' own and is not available here (auBasic or auDigest are); nothing was sent.
req.Authentification = auNegotiate
r = HTTPEnvoie(req)
Trace(ErreurDétectée, Position(ErreurInfo(errMessage), "Kerberos") > 0) // expect: 1, 1
