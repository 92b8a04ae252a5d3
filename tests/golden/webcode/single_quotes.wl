// A string between single quotes (Python, JavaScript, SQL): WLanguage writes strings
// between double quotes; the error says so, and that a comment follows //.
sCity is string = 'Lyon' // expect error: unexpected character "'": WLanguage writes a string between double quotes ("...") and a comment after //
