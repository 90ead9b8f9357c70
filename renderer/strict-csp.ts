// The renderer runs under a CSP without 'unsafe-eval': zod's probe for compiled validators (it
// tries to build a function from a string) would be reported as a securitypolicyviolation, so it
// is told not to try.
import { config } from 'zod';

config({ jitless: true });
