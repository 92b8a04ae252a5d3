// Lecture d'un jeton JWT reçu d'un serveur OAuth : trois parties en base64url séparées
// par des points ; l'en-tête et la charge utile sont du JSON ; on lit l'expiration (exp,
// en secondes depuis 1970) et on vérifie la signature HS256 avec le secret partagé.
// Méthode b, FS 6 déc. 2026 : passe tel qu'écrit (DepuisB64Url prend son texte en
// LOCAL : sans cela elle réécrirait l'élément du tableau de l'appelant, passé par
// référence, comme le jumeau anglais le montre). Jumeau anglais jwt_token_en.wl.
sSecret est une chaîne = "cle-secrete-partagee"
// fabrication du jeton (comme le ferait le serveur)
sEntête est une chaîne = "{""alg"":""HS256"",""typ"":""JWT""}"
sCharge est une chaîne = "{""sub"":""u-1042"",""nom"":""Zoé Müller"",""roles"":[""compta"",""admin""],""exp"":1796601600}"
sJeton est une chaîne = B64Url(sEntête) + "." + B64Url(ChaîneVersUTF8(sCharge))
sJeton += "." + B64Url(HashChaîne(HA_HMAC_SHA_256, sJeton, sSecret))
Trace(Taille(sJeton) > 100, ChaîneOccurrence(sJeton, "."), Position(sJeton, "=") = 0) // expect: 1, 2, 1

// lecture
tabParties est un tableau de chaînes
ChaîneVersTableau(sJeton, tabParties, ".")
SI tabParties..Occurrence <> 3 ALORS
	Trace("jeton mal formé")
	RETOUR
FIN
vEntête est un Variant = JSONVersVariant(DepuisB64Url(tabParties[1]))
jCharge est un JSON = UTF8VersChaîne(DepuisB64Url(tabParties[2]))
Trace(vEntête.alg, jCharge.sub, jCharge.nom, jCharge.roles[2], jCharge.roles..Occurrence) // expect: HS256, u-1042, Zoé Müller, admin, 2
// expiration : secondes depuis le 01/01/1970
dhExp est une DateHeure = "19700101000000"
dhExp..Seconde += jCharge.exp
Trace(DateHeureVersChaîne(dhExp, "JJ/MM/AAAA HH:mm:SS")) // expect: 07/12/2026 00:00:00
// signature
bAttendue est un Buffer = HashChaîne(HA_HMAC_SHA_256, tabParties[1] + "." + tabParties[2], sSecret)
Trace("signature valide", B64Url(bAttendue) = tabParties[3]) // expect: signature valide, 1
// un jeton altéré
tabParties[2] = B64Url(ChaîneVersUTF8(Remplace(sCharge, "u-1042", "u-1")))
bAttendue = HashChaîne(HA_HMAC_SHA_256, tabParties[1] + "." + tabParties[2], sSecret)
Trace("altéré valide", B64Url(bAttendue) = tabParties[3]) // expect: altéré valide, 0

PROCÉDURE B64Url(b est un Buffer) : chaîne
s est une chaîne = Encode(b, encodeBASE64SansRC)
s = Remplace(Remplace(s, "+", "-"), "/", "_")
TANTQUE Droite(s, 1) = "="
	s = Gauche(s, Taille(s) - 1)
FIN
RENVOYER s

PROCÉDURE DepuisB64Url(LOCAL s est une chaîne) : Buffer
s = Remplace(Remplace(s, "-", "+"), "_", "/")
SELON modulo(Taille(s), 4)
	CAS 2 : s += "=="
	CAS 3 : s += "="
FIN
RENVOYER Décode(s, encodeBASE64)
