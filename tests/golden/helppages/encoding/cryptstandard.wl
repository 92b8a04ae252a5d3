// Help pages "CryptStandard" (French page doc.pcsoft.fr ?1000021293, CrypteStandard)
// and "DecryptStandard" (?1000021294) with the English names: their AES example.
// Encrypt a character string with the AES algorithm
bufMessage is Buffer = "Message to encrypt"
bufKey is Buffer = HashString(HA_MD5_128, "password")
bufCrypt is Buffer = CryptStandard(bufMessage, bufKey, cryptAES128)
// Decrypt in WLanguage
bufResult is Buffer = DecryptStandard(bufCrypt, bufKey, cryptAES128)
Info(bufResult)                                 // expect: Message to encrypt
