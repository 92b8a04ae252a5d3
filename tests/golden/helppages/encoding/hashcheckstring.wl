// Help page HashCheckString (?1000007113): its first example as written, the edit
// control and the data file item replaced by variables (the item holds the hash of the
// password), run once with the right password and once with a wrong one.
// SetFocusAndReturnToUserInput is left out (no window).
EDT_TypePassword is string = "My secret"
UserHashPassword is Buffer = HashString(HA_MD5_128, "My secret")
// Check password:
// - Password typed in the "EDT_TypePassword" control
// - The password Hash is found in the "User.HashPassword" item
IF HashCheckString(HA_MD5_128, EDT_TypePassword, ...
		UserHashPassword) = True THEN
	Info("Password OK.") // expect: Password OK.
ELSE
	Error("Wrong password.")
END
EDT_TypePassword = "My secreT"
IF HashCheckString(HA_MD5_128, EDT_TypePassword, ...
		UserHashPassword) = True THEN
	Info("Password OK.")
ELSE
	Error("Wrong password.") // expect stderr: Wrong password.
END
// Its browser example's hash, read by HexaToBuffer with its spaces (not the SHA-1 of
// "abc": False), and the SHA-1 of "abc" itself (ours)
sHash is string = "9F 04 F4 1A 84 85 14 16 20 50 E3 D6"
Trace(HashCheckString(HA_SHA_160, "abc", HexaToBuffer(sHash))) // expect: 0
Trace(HashCheckString(HA_SHA_160, "abc", HexaToBuffer("A9993E364706816ABA3E25717850C26C9CD0D89D"))) // expect: 1
