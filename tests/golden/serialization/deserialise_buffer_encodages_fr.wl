// Désérialise, JSONVersVariant et une variable JSON à qui l'on donne un Buffer (les
// octets de fChargeBuffer) les lisent comme un fichier texte : une marque d'ordre des
// octets décide (UTF-8, UTF-16), sinon UTF-8 quand les octets sont de l'UTF-8 valide,
// sinon ANSI (Windows-1252). Jumeau anglais deserialize_buffer_encodings_en.wl.
STClient est une Structure
  sNom est une chaîne
  mSolde est un monétaire
FIN
c est un STClient
sRep est une chaîne = fRepTemp() + "/wl_desbuf_fr_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "/ansi.json", "{""sNom"":""Société €"",""mSolde"":12.5}", foAnsi)
bAnsi est un Buffer = fChargeBuffer(sRep + "/ansi.json")
Trace(Taille(bAnsi)) // expect: 34
Désérialise(c, bAnsi, psdJSON)
Trace(c.sNom, Taille(c.sNom), c.mSolde) // expect: Société €, 9, 12.5
Trace(JSONVersVariant(bAnsi).sNom) // expect: Société €
fSauveTexte(sRep + "/utf16.json", "{""sNom"":""Crème brûlée"",""mSolde"":3}", foUnicode)
bLarge est un Buffer = fChargeBuffer(sRep + "/utf16.json")
Trace(Taille(bLarge)) // expect: 70
Désérialise(c, bLarge, psdJSON)
Trace(c.sNom, c.mSolde, ErreurDétectée) // expect: Crème brûlée, 3, 0
fSauveBuffer(sRep + "/utf8.json", ChaîneVersUTF8("{""sNom"":""Zoë"",""mSolde"":-1}"))
bUtf8 est un Buffer = fChargeBuffer(sRep + "/utf8.json")
Désérialise(c, bUtf8, psdJSON)
Trace(c.sNom, c.mSolde) // expect: Zoë, -1
// un Buffer affecté à une variable JSON
jRéponse est un JSON = bUtf8
Trace(jRéponse.sNom) // expect: Zoë
jAutre est un JSON
jAutre = bAnsi
Trace(jAutre.sNom, jAutre.mSolde) // expect: Société €, 12.5
bBrut est un Buffer = "ABC"
jAutre = bBrut
Trace(JSONVersChaîne(jAutre)) // expect: "QUJD"
fRepSupprime(sRep, frRécursif)
