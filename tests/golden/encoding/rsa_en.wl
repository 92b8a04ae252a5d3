// RSA (docs/builtins.md "RSA"): PEM keys in buffers, OAEP by default, PKCS#1 v1.5 on
// request; errors are non-fatal and give an empty buffer.
bufPublic, bufPrivate are Buffer
Trace(EncryptGenerateRSAKey(2048, bufPublic, bufPrivate))   // expect: 1
Trace(Left(bufPublic, 26), Left(bufPrivate, 27))   // expect: -----BEGIN PUBLIC KEY-----, -----BEGIN PRIVATE KEY-----
bufSealed is Buffer = EncryptAsymmetric("Invoice 2024-001: 1250.00 EUR", bufPublic)
Trace(Length(bufSealed))   // expect: 256
Trace(DecryptAsymmetric(bufSealed, bufPrivate))   // expect: Invoice 2024-001: 1250.00 EUR
Trace(EncryptAsymmetric("same", bufPublic) = EncryptAsymmetric("same", bufPublic))   // expect: 0
Trace(DecryptAsymmetric(EncryptAsymmetric("named", bufPublic, cryptPaddingOAEP), bufPrivate, cryptPaddingOAEP))   // expect: named
bufOld is Buffer = EncryptAsymmetric("legacy", bufPrivate, cryptPaddingPKCS)
Trace(DecryptAsymmetric(bufOld, bufPrivate, cryptPaddingPKCS))   // expect: legacy
// errors
Trace(Length(DecryptAsymmetric(bufOld, bufPrivate)), ErrorOccurred)   // expect: 0, 1
Trace(Length(EncryptAsymmetric(Repeat("x", 300), bufPublic)), ErrorOccurred)   // expect: 0, 1
Trace(Length(EncryptAsymmetric("x", "not a key")), ErrorOccurred)   // expect: 0, 1
Trace(Length(DecryptAsymmetric(bufSealed, bufPublic)), ErrorOccurred)   // expect: 0, 1
Trace(EncryptGenerateRSAKey(1000, bufPublic, bufPrivate), ErrorOccurred)   // expect: 0, 1
