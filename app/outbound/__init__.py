"""Outbound notifications: URL checks, Standard Webhooks signing, the retry schedule, the worker."""
