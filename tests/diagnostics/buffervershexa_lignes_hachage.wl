// La signature d'une requête comme deux guides d'API du web l'écrivent : le HMAC SHA-256
// (32 octets) donné à BufferVersHexa avec SansRegroupement seul. La page (?1000019916)
// coupe tous les 16 octets par RC LF : la signature sort sur deux lignes et le serveur
// la refuse ; wl check avertit (WL225) et nomme SansLigne. Le nom est dit tel qu'écrit.
sServiceID est une chaîne = "svc-42"
sHorodatage est une chaîne = "1733472000"
sClé est une chaîne = "s3cr3t"
sSignature est une chaîne = Minuscule( BufferVersHexa( HashChaîne( HA_HMAC_SHA_256, sServiceID + sHorodatage, sClé ), SansRegroupement ) ) // warning: WL225:40 BufferVersHexa with NoGrouping (SansRegroupement) and no third parameter cuts a buffer of more than 16 bytes into lines of 16 bytes with CR LF between them (?1000019916): a hash or signature of more than 16 bytes (SHA-256, HMAC) is written on one line by BufferToHexa(h, NoGrouping, NoLine) / BufferVersHexa(h, SansRegroupement, SansLigne)
sBonne est une chaîne = Minuscule(buffervershexa(HashChaîne(HA_HMAC_SHA_256, sServiceID + sHorodatage, sClé), SansRegroupement, SansLigne))
Trace(sSignature, sBonne)
