@_exported import DigitAudio
