// Generated from the server's /openapi.json by `npm run api:generate`: do not edit.
// test/medium/web-api-types.test.ts fails when this file and the API disagree.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready to serve: the database answers and start-up (migrations, demo data) is done */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            storage: "pglite" | "postgres";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "starting";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every API key by name and prefix, newest first (never the key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                created_by: string;
                                /** @description set when the key was rotated: it stops working then */
                                expires_at: string | null;
                                id: string;
                                name: string;
                                /** @description the first characters of the key, to recognise it; the key itself is never shown again */
                                prefix: string;
                                revoked_at: string | null;
                                role: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key for a marketplace integration; the key is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            key: string;
                            name: string;
                            role: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key: refused from its next request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            revoked_at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/api-keys/{keyId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new key for the same integration; the old one works for the overlap, then stops */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description how long the old key keeps working (0: it stops now)
                         * @default 24
                         */
                        overlap_hours?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description shown once */
                            key: string;
                            name: string;
                            replaces: {
                                expires_at: string;
                                id: string;
                            };
                            role: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone who logs in, by email (no passwords) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                disabled_at: string | null;
                                display_name: string;
                                email: string;
                                id: string;
                                /** @enum {string} */
                                role: "integration" | "seller" | "reviewer" | "supervisor" | "admin";
                                seller_id: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a person who logs in: staff, or a seller limited to its own data */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        display_name?: string;
                        /** Format: email */
                        email: string;
                        password: string;
                        /** @enum {string} */
                        role: "seller" | "reviewer" | "supervisor" | "admin";
                        seller_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            id: string;
                            /** @enum {string} */
                            role: "integration" | "seller" | "reviewer" | "supervisor" | "admin";
                            seller_id: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a login: refused at its next request, every session ended */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            disabled_at: string | null;
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled login again (the person logs in anew) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            disabled_at: string | null;
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{userId}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of a user (they can log in again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions_ended: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointmentId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booked call (until the policy’s notice); the requirement is due again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case_id: string;
                            ends_at: string;
                            ends_at_local: string;
                            id: string;
                            join_url: string | null;
                            language: string;
                            outcome?: {
                                [key: string]: unknown;
                            } | null;
                            requirement_id: string;
                            reviewer_id?: string;
                            seller_time_zone: string;
                            starts_at: string;
                            starts_at_local: string;
                            /** @enum {string} */
                            status: "booked" | "rescheduled" | "cancelled" | "completed" | "no_show";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointmentId}/invite.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call as a calendar invite (RFC 5545, times in UTC), to add it to a calendar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointmentId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record what the reviewer saw on the call; the requirement becomes satisfied or errored
         * @description Person matches the ID and at least one original shown: `satisfied`. Otherwise `errored` with LIVE_PERSON_MISMATCH / LIVE_NO_ORIGINALS_SHOWN. `attended: false` is a no-show: the requirement is due again with LIVE_NO_SHOW while the policy allows a rebooking, then `past_due`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attended: boolean;
                        /** @default  */
                        notes?: string;
                        /** @default [] */
                        originals_shown?: ("government_id" | "passport" | "business_license" | "proof_of_address" | "bank_statement" | "other")[];
                        person_matches_id?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appointment: {
                                case_id: string;
                                ends_at: string;
                                ends_at_local: string;
                                id: string;
                                join_url: string | null;
                                language: string;
                                outcome?: {
                                    [key: string]: unknown;
                                } | null;
                                requirement_id: string;
                                reviewer_id?: string;
                                seller_time_zone: string;
                                starts_at: string;
                                starts_at_local: string;
                                /** @enum {string} */
                                status: "booked" | "rescheduled" | "cancelled" | "completed" | "no_show";
                            };
                            errors: string[];
                            requirement_status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointmentId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a booked call to another free slot (within the policy’s reschedules and notice) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    appointmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slot_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case_id: string;
                            ends_at: string;
                            ends_at_local: string;
                            id: string;
                            join_url: string | null;
                            language: string;
                            outcome?: {
                                [key: string]: unknown;
                            } | null;
                            requirement_id: string;
                            reviewer_id?: string;
                            seller_time_zone: string;
                            starts_at: string;
                            starts_at_local: string;
                            /** @enum {string} */
                            status: "booked" | "rescheduled" | "cancelled" | "completed" | "no_show";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published availability windows (all reviewers, or one) */
        get: {
            parameters: {
                query?: {
                    reviewer_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                ends_at: string;
                                ends_at_local: string;
                                id: string;
                                languages: string[];
                                reviewer_id: string;
                                starts_at: string;
                                starts_at_local: string;
                                time_zone: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Publish a window of a reviewer’s day for video verification calls
         * @description Date and wall-clock times in the reviewer’s own IANA time zone; the window is cut into calls of the policy’s `live_verification.slot_minutes`. A slot the reviewer already offers at the same start is skipped.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        from: string;
                        languages: ("en" | "zh")[];
                        reviewer_id?: string;
                        time_zone: string;
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            availability: {
                                ends_at: string;
                                ends_at_local: string;
                                id: string;
                                languages: string[];
                                reviewer_id: string;
                                starts_at: string;
                                starts_at_local: string;
                                time_zone: string;
                            };
                            slots: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/availability/{availabilityId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a window: its free slots stop being offered; calls already booked stay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    availabilityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            withdrawn: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest scheduled verification of the chain: its signed checkpoint and the first problem
         * @description The job verifies every `SECONDLOOK_AUDIT_VERIFY_HOURS` (6 by default), anchored on the last checkpoint that verified; a new problem is announced once by the `audit.chain_broken` webhook. 404 before the first run.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked_at: string;
                            /** @description the head reached, signed: keep it, and pass `position:hash` back as `anchor` later */
                            checkpoint: {
                                at: string;
                                count: number;
                                hash: string;
                                position: number;
                                /** @description Ed25519 over the canonical JSON of position, hash, count and at; base64url */
                                signature: string;
                            };
                            ok: boolean;
                            /** @description the first problem walking from the start; later damage is not reported */
                            problem: {
                                /** @enum {string} */
                                kind: "altered" | "inserted" | "deleted" | "truncated";
                                message: string;
                                position: number;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first, filtered by actor, action, entity and time; paged */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    /** @description the `next_before` of the previous page */
                    before?: number;
                    entity_id?: string;
                    entity_type?: string;
                    from?: string;
                    limit?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                action: string;
                                actor: string;
                                at: string;
                                /** @description personal fields as salted commitments (docs/audit.md) */
                                data: unknown;
                                entity_id: string;
                                entity_type: string;
                                /** @description write order; the cursor of `before` */
                                id: number;
                                /** @description place in the hash chain; null until the chainer has linked it */
                                position: number | null;
                            }[];
                            next_before: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Ed25519 public key that verifies audit checkpoints */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            jwk: {
                                crv: string;
                                kty: string;
                                x: string;
                            };
                            pem: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the audit chain and name the first altered, inserted or deleted event
         * @description Answers the chain length, its head and a signed checkpoint (verify it with `GET /v1/audit/public-key`). Pass an earlier head as `anchor` (`position:hash`) to also catch events deleted from the end. The algorithm is in docs/audit.md.
         */
        get: {
            parameters: {
                query?: {
                    anchor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checked: number;
                            /** @description the head reached, signed: keep it, and pass `position:hash` back as `anchor` later */
                            checkpoint: {
                                at: string;
                                count: number;
                                hash: string;
                                position: number;
                                /** @description Ed25519 over the canonical JSON of position, hash, count and at; base64url */
                                signature: string;
                            };
                            head: {
                                hash: string;
                                position: number;
                            };
                            ok: boolean;
                            /** @description the first problem walking from the start; later damage is not reported */
                            problem: {
                                /** @enum {string} */
                                kind: "altered" | "inserted" | "deleted" | "truncated";
                                message: string;
                                position: number;
                            } | null;
                            /** @description events whose personal values were erased: their salted commitments still verify (the first 100 positions) */
                            redacted: {
                                count: number;
                                positions: number[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with email and password; answers a bearer token and sets the session cookie
         * @description Sets the browser session: the httpOnly `sl_session` cookie (SameSite=Strict, Secure over HTTPS and in production) and the `sl_csrf` cookie, whose value (also `csrf_token` here) every write made with the cookie sends in `X-CSRF-Token`. Scripts and integrations use `token` as `Authorization: Bearer` instead, with no CSRF token. After 5 failed logins for one account within 15 minutes, or many from one address, the answer is 429 `RATE_LIMITED` with `retry_after` (and the `Retry-After` header) until the window frees.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string;
                            expires_at: string;
                            token: string;
                            user: {
                                email: string;
                                id: string;
                                language: ("en" | "zh") | null;
                                /** @enum {string} */
                                role: "integration" | "seller" | "reviewer" | "supervisor" | "admin";
                                seller_id: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session (and clear its cookies) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the caller, this one included (every browser and tab) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions_ended: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's open sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                current: boolean;
                                expires_at: string;
                                id: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The back office's case list: the seller's name, country and marketplace beside each case; sorted and counted on the server */
        get: {
            parameters: {
                query?: {
                    country?: string;
                    /** @description a user id, or `none` */
                    holder?: string;
                    limit?: number;
                    marketplace?: string;
                    offset?: number;
                    severity?: "low" | "medium" | "high";
                    sort?: "opened_at" | "due" | "status" | "severity" | "seller_name" | "country" | "marketplace" | "holder" | "-opened_at" | "-due" | "-status" | "-severity" | "-seller_name" | "-country" | "-marketplace" | "-holder";
                    /** @description comma-separated statuses */
                    status?: string;
                    trigger?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                country: string | null;
                                due_at: string | null;
                                holder_id: string | null;
                                /** Format: uuid */
                                id: string;
                                marketplace: string | null;
                                opened_at: string;
                                revision: number;
                                seller_id: string;
                                seller_name: string | null;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @enum {string} */
                                status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                                triggers: string[];
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-list/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved case-list filters */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                query: {
                                    country?: string;
                                    holder?: string;
                                    marketplace?: string;
                                    /** @enum {string} */
                                    severity?: "low" | "medium" | "high";
                                    /** @enum {string} */
                                    sort?: "opened_at" | "due" | "status" | "severity" | "seller_name" | "country" | "marketplace" | "holder" | "-opened_at" | "-due" | "-status" | "-severity" | "-seller_name" | "-country" | "-marketplace" | "-holder";
                                    status?: ("awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn")[];
                                    trigger?: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a case-list filter under a name (yours alone) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        query: {
                            country?: string;
                            holder?: string;
                            marketplace?: string;
                            /** @enum {string} */
                            severity?: "low" | "medium" | "high";
                            /** @enum {string} */
                            sort?: "opened_at" | "due" | "status" | "severity" | "seller_name" | "country" | "marketplace" | "holder" | "-opened_at" | "-due" | "-status" | "-severity" | "-seller_name" | "-country" | "-marketplace" | "-holder";
                            status?: ("awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn")[];
                            trigger?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            query: {
                                country?: string;
                                holder?: string;
                                marketplace?: string;
                                /** @enum {string} */
                                severity?: "low" | "medium" | "high";
                                /** @enum {string} */
                                sort?: "opened_at" | "due" | "status" | "severity" | "seller_name" | "country" | "marketplace" | "holder" | "-opened_at" | "-due" | "-status" | "-severity" | "-seller_name" | "-country" | "-marketplace" | "-holder";
                                status?: ("awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn")[];
                                trigger?: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/case-list/filters/{filterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved filters */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    filterId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases, newest first, filtered; a seller sees only its own */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    seller_id?: string;
                    severity?: "low" | "medium" | "high";
                    /** @description comma-separated statuses */
                    status?: string;
                    trigger?: "registration_mismatch" | "account_association" | "sales_anomaly" | "identity_verification" | "missing_documentation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                accepts_documents: boolean;
                                allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                                appeal_count: number;
                                appeal_until: string | null;
                                appeal_window_ends_at: string | null;
                                appealed_at: string | null;
                                appeals_left: number;
                                arranges_calls: boolean;
                                assignee?: {
                                    id: string;
                                    name: string;
                                } | null;
                                assignee_id?: string | null;
                                closed_at: string | null;
                                deadline_at: string;
                                decided_at: string | null;
                                due: {
                                    at: string;
                                    /** @enum {string} */
                                    kind: "seller_deadline" | "review" | "appeal_window";
                                } | null;
                                hold: {
                                    can_assign: boolean;
                                    can_claim: boolean;
                                    can_release: boolean;
                                    held_by_you: boolean;
                                } | null;
                                id: string;
                                if_deadline_passes: {
                                    restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                    /** @enum {string} */
                                    status: "expired";
                                } | null;
                                missing_for_submission: string[];
                                opened_at: string;
                                pending_review: {
                                    can_confirm: boolean;
                                    decision_id: string;
                                    reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                                } | null;
                                policy_version: string;
                                reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                                requirement_statuses: {
                                    has_material: boolean;
                                    material: string;
                                    /** @enum {string} */
                                    status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                                }[];
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                review_due_at?: string | null;
                                revision: number;
                                seller_id: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @enum {string} */
                                status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                                submitted_at: string | null;
                                unmet_at_approval: string[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a case by hand (or add reasons to the open one), with any of the five triggers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        reasons: {
                            missing_documents?: string[];
                            summary: string;
                            /** @description the reason in 简体中文 for a Chinese reader (a summary typed in Chinese is used as it is) */
                            summary_zh?: string;
                            /** @enum {string} */
                            trigger: "registration_mismatch" | "account_association" | "sales_anomaly" | "identity_verification" | "missing_documentation";
                        }[];
                        seller_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts_documents: boolean;
                            allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                            appeal_count: number;
                            appeal_until: string | null;
                            appeal_window_ends_at: string | null;
                            appealed_at: string | null;
                            appeals_left: number;
                            arranges_calls: boolean;
                            assignee?: {
                                id: string;
                                name: string;
                            } | null;
                            assignee_id?: string | null;
                            closed_at: string | null;
                            deadline_at: string;
                            decided_at: string | null;
                            due: {
                                at: string;
                                /** @enum {string} */
                                kind: "seller_deadline" | "review" | "appeal_window";
                            } | null;
                            hold: {
                                can_assign: boolean;
                                can_claim: boolean;
                                can_release: boolean;
                                held_by_you: boolean;
                            } | null;
                            id: string;
                            if_deadline_passes: {
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                /** @enum {string} */
                                status: "expired";
                            } | null;
                            missing_for_submission: string[];
                            opened_at: string;
                            pending_review: {
                                can_confirm: boolean;
                                decision_id: string;
                                reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                            } | null;
                            policy_version: string;
                            reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                            requirement_statuses: {
                                has_material: boolean;
                                material: string;
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                            }[];
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            review_due_at?: string | null;
                            revision: number;
                            seller_id: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            submitted_at: string | null;
                            unmet_at_approval: string[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts_documents: boolean;
                            allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                            appeal_count: number;
                            appeal_until: string | null;
                            appeal_window_ends_at: string | null;
                            appealed_at: string | null;
                            appeals_left: number;
                            arranges_calls: boolean;
                            assignee?: {
                                id: string;
                                name: string;
                            } | null;
                            assignee_id?: string | null;
                            closed_at: string | null;
                            deadline_at: string;
                            decided_at: string | null;
                            due: {
                                at: string;
                                /** @enum {string} */
                                kind: "seller_deadline" | "review" | "appeal_window";
                            } | null;
                            hold: {
                                can_assign: boolean;
                                can_claim: boolean;
                                can_release: boolean;
                                held_by_you: boolean;
                            } | null;
                            id: string;
                            if_deadline_passes: {
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                /** @enum {string} */
                                status: "expired";
                            } | null;
                            missing_for_submission: string[];
                            opened_at: string;
                            pending_review: {
                                can_confirm: boolean;
                                decision_id: string;
                                reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                            } | null;
                            policy_version: string;
                            reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                            requirement_statuses: {
                                has_material: boolean;
                                material: string;
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                            }[];
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            review_due_at?: string | null;
                            revision: number;
                            seller_id: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            submitted_at: string | null;
                            unmet_at_approval: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its reasons and restrictions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts_documents: boolean;
                            allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                            appeal_count: number;
                            appeal_until: string | null;
                            appeal_window_ends_at: string | null;
                            appealed_at: string | null;
                            appeals_left: number;
                            arranges_calls: boolean;
                            assignee?: {
                                id: string;
                                name: string;
                            } | null;
                            assignee_id?: string | null;
                            closed_at: string | null;
                            deadline_at: string;
                            decided_at: string | null;
                            due: {
                                at: string;
                                /** @enum {string} */
                                kind: "seller_deadline" | "review" | "appeal_window";
                            } | null;
                            hold: {
                                can_assign: boolean;
                                can_claim: boolean;
                                can_release: boolean;
                                held_by_you: boolean;
                            } | null;
                            id: string;
                            if_deadline_passes: {
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                /** @enum {string} */
                                status: "expired";
                            } | null;
                            missing_for_submission: string[];
                            opened_at: string;
                            pending_review: {
                                can_confirm: boolean;
                                decision_id: string;
                                reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                            } | null;
                            policy_version: string;
                            reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                            requirement_statuses: {
                                has_material: boolean;
                                material: string;
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                            }[];
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            review_due_at?: string | null;
                            revision: number;
                            seller_id: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            submitted_at: string | null;
                            unmet_at_approval: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal a rejection with a plan of action, within the appeal window (or only check the plan: `preflight`)
         * @description Upload new documents against the case requirements before appealing or while the appeal waits. The plan is checked by the policy (`statements.plan_of_action`, `statements.languages`): each part with substance (20 characters by default), the parts not copies of one another, written in a language the policy accepts (told from the text). A failing plan answers 422 APPEAL_PLAN_FAILED with its checks and nothing is stored; `?preflight=true` answers 200 with the checks and stores nothing.
         */
        post: {
            parameters: {
                query?: {
                    preflight?: "true" | "false";
                };
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description How it will not happen again */
                        how_prevented: string;
                        /** @description What caused the problem the rejection names */
                        root_cause: string;
                        /** @description What has been changed since */
                        what_was_fixed: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                code: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                status: "pass" | "warn" | "fail";
                            }[];
                            /** @enum {string} */
                            outcome: "pass" | "warn" | "fail";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal: {
                                case_id: string;
                                checks: {
                                    code: string;
                                    evidence: {
                                        [key: string]: unknown;
                                    };
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    status: "pass" | "warn" | "fail";
                                }[];
                                how_prevented: string;
                                id: string;
                                number: number;
                                /**
                                 * @description the plan checks when it was handed in: a failing plan is refused
                                 * @enum {string}
                                 */
                                outcome: "pass" | "warn";
                                root_cause: string;
                                submitted_at: string;
                                what_was_fixed: string;
                            };
                            case: {
                                accepts_documents: boolean;
                                allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                                appeal_count: number;
                                appeal_until: string | null;
                                appeal_window_ends_at: string | null;
                                appealed_at: string | null;
                                appeals_left: number;
                                arranges_calls: boolean;
                                assignee?: {
                                    id: string;
                                    name: string;
                                } | null;
                                assignee_id?: string | null;
                                closed_at: string | null;
                                deadline_at: string;
                                decided_at: string | null;
                                due: {
                                    at: string;
                                    /** @enum {string} */
                                    kind: "seller_deadline" | "review" | "appeal_window";
                                } | null;
                                hold: {
                                    can_assign: boolean;
                                    can_claim: boolean;
                                    can_release: boolean;
                                    held_by_you: boolean;
                                } | null;
                                id: string;
                                if_deadline_passes: {
                                    restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                    /** @enum {string} */
                                    status: "expired";
                                } | null;
                                missing_for_submission: string[];
                                opened_at: string;
                                pending_review: {
                                    can_confirm: boolean;
                                    decision_id: string;
                                    reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                                } | null;
                                policy_version: string;
                                reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                                requirement_statuses: {
                                    has_material: boolean;
                                    material: string;
                                    /** @enum {string} */
                                    status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                                }[];
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                review_due_at?: string | null;
                                revision: number;
                                seller_id: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @enum {string} */
                                status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                                submitted_at: string | null;
                                unmet_at_approval: string[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's appeals and their plans of action */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                case_id: string;
                                checks: {
                                    code: string;
                                    evidence: {
                                        [key: string]: unknown;
                                    };
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    status: "pass" | "warn" | "fail";
                                }[];
                                how_prevented: string;
                                id: string;
                                number: number;
                                /**
                                 * @description the plan checks when it was handed in: a failing plan is refused
                                 * @enum {string}
                                 */
                                outcome: "pass" | "warn";
                                root_cause: string;
                                submitted_at: string;
                                what_was_fixed: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case’s video calls, oldest first (moved and cancelled ones included) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                case_id: string;
                                ends_at: string;
                                ends_at_local: string;
                                id: string;
                                join_url: string | null;
                                language: string;
                                outcome?: {
                                    [key: string]: unknown;
                                } | null;
                                requirement_id: string;
                                reviewer_id?: string;
                                seller_time_zone: string;
                                starts_at: string;
                                starts_at_local: string;
                                /** @enum {string} */
                                status: "booked" | "rescheduled" | "cancelled" | "completed" | "no_show";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a case to a reviewer (an appeal never to a decider of its rejection) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        assignee_id: string;
                        /** @description The case revision you acted on (or send `If-Match: "<revision>"`) */
                        revision?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts_documents: boolean;
                            allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                            appeal_count: number;
                            appeal_until: string | null;
                            appeal_window_ends_at: string | null;
                            appealed_at: string | null;
                            appeals_left: number;
                            arranges_calls: boolean;
                            assignee?: {
                                id: string;
                                name: string;
                            } | null;
                            assignee_id?: string | null;
                            closed_at: string | null;
                            deadline_at: string;
                            decided_at: string | null;
                            due: {
                                at: string;
                                /** @enum {string} */
                                kind: "seller_deadline" | "review" | "appeal_window";
                            } | null;
                            hold: {
                                can_assign: boolean;
                                can_claim: boolean;
                                can_release: boolean;
                                held_by_you: boolean;
                            } | null;
                            id: string;
                            if_deadline_passes: {
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                /** @enum {string} */
                                status: "expired";
                            } | null;
                            missing_for_submission: string[];
                            opened_at: string;
                            pending_review: {
                                can_confirm: boolean;
                                decision_id: string;
                                reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                            } | null;
                            policy_version: string;
                            reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                            requirement_statuses: {
                                has_material: boolean;
                                material: string;
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                            }[];
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            review_due_at?: string | null;
                            revision: number;
                            seller_id: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            submitted_at: string | null;
                            unmet_at_approval: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/audit.jsonl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's audit events as JSON lines, with their positions and hashes
         * @description One event a line, in chain order: position, at, actor, action, entity_type, entity_id, data (personal fields as salted commitments), prev_hash, hash, legacy_hash when migrated, and personal: the values and salts still kept (docs/audit.md).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a case from the queue; of two reviewers claiming at once, the second gets CONFLICT */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The case revision you acted on (or send `If-Match: "<revision>"`) */
                        revision?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts_documents: boolean;
                            allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                            appeal_count: number;
                            appeal_until: string | null;
                            appeal_window_ends_at: string | null;
                            appealed_at: string | null;
                            appeals_left: number;
                            arranges_calls: boolean;
                            assignee?: {
                                id: string;
                                name: string;
                            } | null;
                            assignee_id?: string | null;
                            closed_at: string | null;
                            deadline_at: string;
                            decided_at: string | null;
                            due: {
                                at: string;
                                /** @enum {string} */
                                kind: "seller_deadline" | "review" | "appeal_window";
                            } | null;
                            hold: {
                                can_assign: boolean;
                                can_claim: boolean;
                                can_release: boolean;
                                held_by_you: boolean;
                            } | null;
                            id: string;
                            if_deadline_passes: {
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                /** @enum {string} */
                                status: "expired";
                            } | null;
                            missing_for_submission: string[];
                            opened_at: string;
                            pending_review: {
                                can_confirm: boolean;
                                decision_id: string;
                                reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                            } | null;
                            policy_version: string;
                            reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                            requirement_statuses: {
                                has_material: boolean;
                                material: string;
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                            }[];
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            review_due_at?: string | null;
                            revision: number;
                            seller_id: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            submitted_at: string | null;
                            unmet_at_approval: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decisions on the case: staff see proposals, notes and reviewers; a seller only what took effect */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                appeal_round: number;
                                case_id: string;
                                case_status: string | null;
                                decided_at: string | null;
                                /** @enum {string} */
                                decision: "approved" | "info_requested" | "rejected";
                                id: string;
                                note?: string;
                                proposed_at?: string;
                                proposed_by?: {
                                    display_name: string;
                                    id: string;
                                };
                                reasons: {
                                    code: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                requirements: {
                                    material: string;
                                    reason_codes?: string[];
                                }[];
                                review_note?: string | null;
                                reviewed_at?: string | null;
                                reviewed_by?: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                status?: "proposed" | "decided" | "sent_back" | "void";
                                /** @description approvals: the requirements waived, each with its reason */
                                waivers: {
                                    material: string;
                                    reason_code: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Decide the case you hold; a rejection (and any decision on an appeal) waits for a second reviewer
         * @description `approved` and a first-instance `info_requested` take effect at once (201, decision `decided`); `rejected`, and any decision on an appealed case, are stored `proposed` and take effect when another reviewer approves them. `info_requested` names the materials the seller must provide again or anew.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description approvals and rejections: decide although a document's checks ran against an older profile than the seller's current one (audited as `case.stale_checks_confirmed`), else 409 CHECKS_STALE with the `document_ids` */
                        confirm_stale_checks?: boolean;
                        /** @enum {string} */
                        decision: "approved" | "info_requested" | "rejected";
                        /** @description For staff; the seller never sees it */
                        note: string;
                        reason_codes: string[];
                        requirements?: {
                            material: string;
                            reason_codes?: string[];
                        }[];
                        /** @description The case revision you acted on (or send `If-Match: "<revision>"`) */
                        revision?: number;
                        /** @description approvals only: each requirement left unmet (no verified material) must be waived with a reason from `waiver_reasons`, else 409 REQUIREMENTS_INCOMPLETE */
                        waivers?: {
                            material: string;
                            reason_code: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                accepts_documents: boolean;
                                allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                                appeal_count: number;
                                appeal_until: string | null;
                                appeal_window_ends_at: string | null;
                                appealed_at: string | null;
                                appeals_left: number;
                                arranges_calls: boolean;
                                assignee?: {
                                    id: string;
                                    name: string;
                                } | null;
                                assignee_id?: string | null;
                                closed_at: string | null;
                                deadline_at: string;
                                decided_at: string | null;
                                due: {
                                    at: string;
                                    /** @enum {string} */
                                    kind: "seller_deadline" | "review" | "appeal_window";
                                } | null;
                                hold: {
                                    can_assign: boolean;
                                    can_claim: boolean;
                                    can_release: boolean;
                                    held_by_you: boolean;
                                } | null;
                                id: string;
                                if_deadline_passes: {
                                    restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                    /** @enum {string} */
                                    status: "expired";
                                } | null;
                                missing_for_submission: string[];
                                opened_at: string;
                                pending_review: {
                                    can_confirm: boolean;
                                    decision_id: string;
                                    reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                                } | null;
                                policy_version: string;
                                reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                                requirement_statuses: {
                                    has_material: boolean;
                                    material: string;
                                    /** @enum {string} */
                                    status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                                }[];
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                review_due_at?: string | null;
                                revision: number;
                                seller_id: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @enum {string} */
                                status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                                submitted_at: string | null;
                                unmet_at_approval: string[];
                            };
                            decision: {
                                appeal_round: number;
                                case_id: string;
                                case_status: string | null;
                                decided_at: string | null;
                                /** @enum {string} */
                                decision: "approved" | "info_requested" | "rejected";
                                id: string;
                                note?: string;
                                proposed_at?: string;
                                proposed_by?: {
                                    display_name: string;
                                    id: string;
                                };
                                reasons: {
                                    code: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                requirements: {
                                    material: string;
                                    reason_codes?: string[];
                                }[];
                                review_note?: string | null;
                                reviewed_at?: string | null;
                                reviewed_by?: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                status?: "proposed" | "decided" | "sent_back" | "void";
                                /** @description approvals: the requirements waived, each with its reason */
                                waivers: {
                                    material: string;
                                    reason_code: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/decisions/{decisionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As the second reviewer, approve a proposed decision: it takes effect now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    decisionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @description The case revision you acted on (or send `If-Match: "<revision>"`) */
                        revision?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                accepts_documents: boolean;
                                allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                                appeal_count: number;
                                appeal_until: string | null;
                                appeal_window_ends_at: string | null;
                                appealed_at: string | null;
                                appeals_left: number;
                                arranges_calls: boolean;
                                assignee?: {
                                    id: string;
                                    name: string;
                                } | null;
                                assignee_id?: string | null;
                                closed_at: string | null;
                                deadline_at: string;
                                decided_at: string | null;
                                due: {
                                    at: string;
                                    /** @enum {string} */
                                    kind: "seller_deadline" | "review" | "appeal_window";
                                } | null;
                                hold: {
                                    can_assign: boolean;
                                    can_claim: boolean;
                                    can_release: boolean;
                                    held_by_you: boolean;
                                } | null;
                                id: string;
                                if_deadline_passes: {
                                    restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                    /** @enum {string} */
                                    status: "expired";
                                } | null;
                                missing_for_submission: string[];
                                opened_at: string;
                                pending_review: {
                                    can_confirm: boolean;
                                    decision_id: string;
                                    reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                                } | null;
                                policy_version: string;
                                reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                                requirement_statuses: {
                                    has_material: boolean;
                                    material: string;
                                    /** @enum {string} */
                                    status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                                }[];
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                review_due_at?: string | null;
                                revision: number;
                                seller_id: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @enum {string} */
                                status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                                submitted_at: string | null;
                                unmet_at_approval: string[];
                            };
                            decision: {
                                appeal_round: number;
                                case_id: string;
                                case_status: string | null;
                                decided_at: string | null;
                                /** @enum {string} */
                                decision: "approved" | "info_requested" | "rejected";
                                id: string;
                                note?: string;
                                proposed_at?: string;
                                proposed_by?: {
                                    display_name: string;
                                    id: string;
                                };
                                reasons: {
                                    code: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                requirements: {
                                    material: string;
                                    reason_codes?: string[];
                                }[];
                                review_note?: string | null;
                                reviewed_at?: string | null;
                                reviewed_by?: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                status?: "proposed" | "decided" | "sent_back" | "void";
                                /** @description approvals: the requirements waived, each with its reason */
                                waivers: {
                                    material: string;
                                    reason_code: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/decisions/{decisionId}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As the second reviewer, send a proposed decision back: it never takes effect */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    decisionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @description The case revision you acted on (or send `If-Match: "<revision>"`) */
                        revision?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: {
                                accepts_documents: boolean;
                                allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                                appeal_count: number;
                                appeal_until: string | null;
                                appeal_window_ends_at: string | null;
                                appealed_at: string | null;
                                appeals_left: number;
                                arranges_calls: boolean;
                                assignee?: {
                                    id: string;
                                    name: string;
                                } | null;
                                assignee_id?: string | null;
                                closed_at: string | null;
                                deadline_at: string;
                                decided_at: string | null;
                                due: {
                                    at: string;
                                    /** @enum {string} */
                                    kind: "seller_deadline" | "review" | "appeal_window";
                                } | null;
                                hold: {
                                    can_assign: boolean;
                                    can_claim: boolean;
                                    can_release: boolean;
                                    held_by_you: boolean;
                                } | null;
                                id: string;
                                if_deadline_passes: {
                                    restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                    /** @enum {string} */
                                    status: "expired";
                                } | null;
                                missing_for_submission: string[];
                                opened_at: string;
                                pending_review: {
                                    can_confirm: boolean;
                                    decision_id: string;
                                    reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                                } | null;
                                policy_version: string;
                                reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                                requirement_statuses: {
                                    has_material: boolean;
                                    material: string;
                                    /** @enum {string} */
                                    status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                                }[];
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                review_due_at?: string | null;
                                revision: number;
                                seller_id: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @enum {string} */
                                status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                                submitted_at: string | null;
                                unmet_at_approval: string[];
                            };
                            decision: {
                                appeal_round: number;
                                case_id: string;
                                case_status: string | null;
                                decided_at: string | null;
                                /** @enum {string} */
                                decision: "approved" | "info_requested" | "rejected";
                                id: string;
                                note?: string;
                                proposed_at?: string;
                                proposed_by?: {
                                    display_name: string;
                                    id: string;
                                };
                                reasons: {
                                    code: string;
                                    text: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                requirements: {
                                    material: string;
                                    reason_codes?: string[];
                                }[];
                                review_note?: string | null;
                                reviewed_at?: string | null;
                                reviewed_by?: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                status?: "proposed" | "decided" | "sent_back" | "void";
                                /** @description approvals: the requirements waived, each with its reason */
                                waivers: {
                                    material: string;
                                    reason_code: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's documents with their checks, and the checks across them
         * @description `submission` holds what no single document can tell: whether every requirement has a document, whether the name on the ID is the representative on the licence, whether the bill shows the registered address.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                case_id: string;
                                checked_at: string | null;
                                checked_profile_version: number | null;
                                checks: {
                                    code: string;
                                    evidence: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    status: "pass" | "warn" | "fail";
                                }[];
                                failure: string | null;
                                files: {
                                    mime: string;
                                    name: string;
                                    position: number;
                                    sha256: string;
                                    size: number;
                                }[];
                                id: string;
                                material: string;
                                reading: {
                                    fields: ({
                                        at: number;
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "date";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        role?: "issue" | "statement" | "expiry" | "birth" | "established" | "due" | "valid_from" | "period_start" | "period_end";
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        value: string;
                                    } | {
                                        at: number;
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        kind: "uscc" | "prc_id" | "iban" | "ein" | "eu_vat" | "uk_company_number";
                                        labelled: boolean;
                                        /** @enum {string} */
                                        name: "identifier";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        value: string;
                                    } | {
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "page_marker";
                                        number: number;
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        total: number;
                                        value: string;
                                    } | {
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "id_side";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        /** @enum {string} */
                                        value: "front" | "back" | "both" | "passport" | "unknown";
                                    } | {
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "validity_term";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        /** @enum {string} */
                                        value: "long_term";
                                    } | {
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "holder_name";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        value: string;
                                    } | {
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "representative";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        value: string;
                                    } | {
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "legal_name";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        value: string;
                                    } | {
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "address";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        value: string;
                                    } | {
                                        box?: {
                                            height: number;
                                            width: number;
                                            x: number;
                                            y: number;
                                        };
                                        confidence: number;
                                        file: number;
                                        /** @enum {string} */
                                        name: "document_number";
                                        page: number;
                                        reader: string;
                                        /** @enum {string} */
                                        source: "text_layer" | "ocr" | "mrz";
                                        text?: string;
                                        value: string;
                                    })[];
                                    readers: string[];
                                    /** @enum {string} */
                                    script: "han" | "latin";
                                } | null;
                                stale: boolean;
                                /** @enum {string} */
                                status: "checking" | "checked" | "check_failed" | "withdrawn";
                                /** @enum {string} */
                                type: "business_license" | "government_id" | "utility_bill" | "bank_statement" | "credit_card_statement" | "supplier_invoice" | "other";
                                uploaded_at: string;
                                variant: string | null;
                                verdict: ("pass" | "fail") | null;
                            }[];
                            submission: {
                                checks: {
                                    code: string;
                                    evidence: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    status: "pass" | "warn" | "fail";
                                }[];
                                /** @enum {string} */
                                verdict: "pass" | "fail";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's thread between the seller and support; staff also see internal notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                author: string;
                                body: string;
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                side: "seller" | "support";
                                /** @enum {string} */
                                visibility: "thread" | "internal";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Write on the case thread (or, staff, add an internal note)
         * @description While the case waits on support (submitted, in review, appealed) a seller may send the policy's `messages.per_day_while_waiting` messages in any 24 hours (all the seller sent on the case count; an answer from support does not reset the count). Beyond that the answer is 429 `RATE_LIMITED` with `retry_after` (seconds, also as the `Retry-After` header), `retry_at` and `estimated_answer_at`, and the message is not stored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @description staff only: a note the seller never sees */
                        internal?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: string;
                            body: string;
                            created_at: string;
                            id: string;
                            /** @enum {string} */
                            side: "seller" | "support";
                            /** @enum {string} */
                            visibility: "thread" | "internal";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/preflight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check documents against the case before submitting them: the same report as `secondlook preflight`
         * @description multipart/form-data: one file part per page or side, named by its document type (`business_license`, `government_id`, `utility_bill`, …) or, for an ID, by its kind (`passport`, `national_id`, `driving_licence`: the sides and the zone checked depend on it). Nothing is stored. The rules come from the case requirement each document type answers; `submission` says which requirements these documents leave without one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            documents: {
                                readonly checks: {
                                    code: string;
                                    evidence: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    status: "pass" | "warn" | "fail";
                                }[];
                                readonly files: string[];
                                /** @enum {string} */
                                type: "business_license" | "government_id" | "utility_bill" | "bank_statement" | "credit_card_statement" | "supplier_invoice" | "other";
                            }[];
                            readonly submission?: {
                                code: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                status: "pass" | "warn" | "fail";
                            }[];
                            /** @enum {string} */
                            verdict: "pass" | "fail";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a held case go back to the queue (its holder, or a supervisor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The case revision you acted on (or send `If-Match: "<revision>"`) */
                        revision?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts_documents: boolean;
                            allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                            appeal_count: number;
                            appeal_until: string | null;
                            appeal_window_ends_at: string | null;
                            appealed_at: string | null;
                            appeals_left: number;
                            arranges_calls: boolean;
                            assignee?: {
                                id: string;
                                name: string;
                            } | null;
                            assignee_id?: string | null;
                            closed_at: string | null;
                            deadline_at: string;
                            decided_at: string | null;
                            due: {
                                at: string;
                                /** @enum {string} */
                                kind: "seller_deadline" | "review" | "appeal_window";
                            } | null;
                            hold: {
                                can_assign: boolean;
                                can_claim: boolean;
                                can_release: boolean;
                                held_by_you: boolean;
                            } | null;
                            id: string;
                            if_deadline_passes: {
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                /** @enum {string} */
                                status: "expired";
                            } | null;
                            missing_for_submission: string[];
                            opened_at: string;
                            pending_review: {
                                can_confirm: boolean;
                                decision_id: string;
                                reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                            } | null;
                            policy_version: string;
                            reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                            requirement_statuses: {
                                has_material: boolean;
                                material: string;
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                            }[];
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            review_due_at?: string | null;
                            revision: number;
                            seller_id: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            submitted_at: string | null;
                            unmet_at_approval: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the seller must provide: the material, why, the rules, the status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                accepted_variants: string[];
                                /** @description documents: what to upload, named as the accepted types exist in the seller's registered country */
                                advice: {
                                    en: string;
                                    zh: string;
                                } | null;
                                due_at: string;
                                errors: string[];
                                id: string;
                                /** @enum {string} */
                                kind: "document" | "statement" | "live";
                                material: string;
                                reason: string;
                                rules: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                                title: {
                                    en: string;
                                    zh: string;
                                } | null;
                                triggers: ("registration_mismatch" | "account_association" | "sales_anomaly" | "identity_verification" | "missing_documentation")[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/requirements/{material}/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a video verification call in a free slot
         * @description One live booking per requirement. Two sellers racing for one slot: one gets 201, the other 409 SLOT_TAKEN. A slot inside the notice period or past the horizon answers 409 SLOT_NOT_BOOKABLE.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    material: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language?: "en" | "zh";
                        /** Format: uuid */
                        slot_id: string;
                        time_zone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case_id: string;
                            ends_at: string;
                            ends_at_local: string;
                            id: string;
                            join_url: string | null;
                            language: string;
                            outcome?: {
                                [key: string]: unknown;
                            } | null;
                            requirement_id: string;
                            reviewer_id?: string;
                            seller_time_zone: string;
                            starts_at: string;
                            starts_at_local: string;
                            /** @enum {string} */
                            status: "booked" | "rescheduled" | "cancelled" | "completed" | "no_show";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/requirements/{material}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload one document against a requirement; its checks run in the background
         * @description multipart/form-data: an optional text field `type` naming the accepted variant (`utility_bill`, `passport`, …; needed when the requirement accepts several), then one `file` part per page or side, in order. PDF, JPEG, PNG or TIFF by their bytes, at most 10 MB each. Answers 202 with the document, status `checking`; read it again (or watch the case timeline for `document.checked`) for the report. Files stream to the encrypted store as they arrive. A caller has at most 2 uploads or preflights running at once (the server 8); beyond that the answer is 429 `TOO_MANY_UPLOADS` with `retry_after` (seconds, also as `Retry-After`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    material: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case_id: string;
                            checked_at: string | null;
                            checked_profile_version: number | null;
                            checks: {
                                code: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                status: "pass" | "warn" | "fail";
                            }[];
                            failure: string | null;
                            files: {
                                mime: string;
                                name: string;
                                position: number;
                                sha256: string;
                                size: number;
                            }[];
                            id: string;
                            material: string;
                            reading: {
                                fields: ({
                                    at: number;
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "date";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    role?: "issue" | "statement" | "expiry" | "birth" | "established" | "due" | "valid_from" | "period_start" | "period_end";
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    at: number;
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    kind: "uscc" | "prc_id" | "iban" | "ein" | "eu_vat" | "uk_company_number";
                                    labelled: boolean;
                                    /** @enum {string} */
                                    name: "identifier";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "page_marker";
                                    number: number;
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    total: number;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "id_side";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    /** @enum {string} */
                                    value: "front" | "back" | "both" | "passport" | "unknown";
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "validity_term";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    /** @enum {string} */
                                    value: "long_term";
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "holder_name";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "representative";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "legal_name";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "address";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "document_number";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                })[];
                                readers: string[];
                                /** @enum {string} */
                                script: "han" | "latin";
                            } | null;
                            stale: boolean;
                            /** @enum {string} */
                            status: "checking" | "checked" | "check_failed" | "withdrawn";
                            /** @enum {string} */
                            type: "business_license" | "government_id" | "utility_bill" | "bank_statement" | "credit_card_statement" | "supplier_invoice" | "other";
                            uploaded_at: string;
                            variant: string | null;
                            verdict: ("pass" | "fail") | null;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_CHARACTER" | "INVALID_CURSOR" | "QUERY_TOO_SHORT" | "QUERY_TOO_LONG" | "UNKNOWN_FIELD" | "MALFORMED_JSON" | "MALFORMED_CSV" | "MALFORMED_PARQUET" | "LINE_TOO_LONG" | "EMPTY_BODY" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_SELLER" | "UNKNOWN_EVENT_TYPE" | "UNKNOWN_TRIGGER" | "NOT_FOUND" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_REJECTED" | "CONFLICT" | "CASE_ALREADY_OPEN" | "INVALID_TRANSITION" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "DATABASE_UNAVAILABLE" | "RATE_LIMITED" | "TOO_MANY_UPLOADS" | "FILE_EMPTY" | "FILE_TOO_LARGE" | "FILE_TYPE_UNSUPPORTED" | "IMAGE_UNREADABLE" | "IMAGE_TOO_LARGE" | "DOCUMENT_TYPE_NOT_ACCEPTED" | "DUPLICATE_UPLOAD" | "CASE_NOT_ACCEPTING_DOCUMENTS" | "REQUIREMENTS_INCOMPLETE" | "CASE_CLOSED" | "NOT_ASSIGNEE" | "REVIEWER_EXCLUDED" | "DECISION_PENDING" | "CHECKS_STALE" | "DECISION_NOT_PENDING" | "APPEAL_WINDOW_CLOSED" | "APPEAL_LIMIT_REACHED" | "APPEAL_MATERIAL_MISSING" | "APPEAL_PLAN_FAILED" | "STATEMENT_ACCOUNT_NOT_IN_CASE" | "LEGAL_HOLD" | "ERASURE_BLOCKED_OPEN_CASE" | "SLOT_TAKEN" | "SLOT_NOT_BOOKABLE" | "APPOINTMENT_NOT_CHANGEABLE" | "APPOINTMENT_LIMIT_REACHED" | "DOCUMENT_ALREADY_SUBMITTED" | "SCAN_PARTITION_FAILED" | "INTERNAL";
                            detail: string;
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CHARACTER" | "INVALID_CURSOR" | "QUERY_TOO_SHORT" | "QUERY_TOO_LONG" | "UNKNOWN_FIELD" | "MALFORMED_JSON" | "MALFORMED_CSV" | "MALFORMED_PARQUET" | "LINE_TOO_LONG" | "EMPTY_BODY" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_SELLER" | "UNKNOWN_EVENT_TYPE" | "UNKNOWN_TRIGGER" | "NOT_FOUND" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_REJECTED" | "CONFLICT" | "CASE_ALREADY_OPEN" | "INVALID_TRANSITION" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "DATABASE_UNAVAILABLE" | "RATE_LIMITED" | "TOO_MANY_UPLOADS" | "FILE_EMPTY" | "FILE_TOO_LARGE" | "FILE_TYPE_UNSUPPORTED" | "IMAGE_UNREADABLE" | "IMAGE_TOO_LARGE" | "DOCUMENT_TYPE_NOT_ACCEPTED" | "DUPLICATE_UPLOAD" | "CASE_NOT_ACCEPTING_DOCUMENTS" | "REQUIREMENTS_INCOMPLETE" | "CASE_CLOSED" | "NOT_ASSIGNEE" | "REVIEWER_EXCLUDED" | "DECISION_PENDING" | "CHECKS_STALE" | "DECISION_NOT_PENDING" | "APPEAL_WINDOW_CLOSED" | "APPEAL_LIMIT_REACHED" | "APPEAL_MATERIAL_MISSING" | "APPEAL_PLAN_FAILED" | "STATEMENT_ACCOUNT_NOT_IN_CASE" | "LEGAL_HOLD" | "ERASURE_BLOCKED_OPEN_CASE" | "SLOT_TAKEN" | "SLOT_NOT_BOOKABLE" | "APPOINTMENT_NOT_CHANGEABLE" | "APPOINTMENT_LIMIT_REACHED" | "DOCUMENT_ALREADY_SUBMITTED" | "SCAN_PARTITION_FAILED" | "INTERNAL";
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            instance: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/requirements/{material}/selfie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a selfie holding the government ID, for a live requirement that accepts `selfie`
         * @description multipart/form-data with one `file` part: a JPEG or PNG of at most 10 MB and 64 megapixels. The face model reads it at once: exactly one live face (a smaller second face is the portrait on the ID held in hand), large, sharp, eyes open; a replay (photo of a screen or print) warns; the live face is compared with the portrait of the government ID the seller uploaded. Stored encrypted, every try kept; a failing selfie leaves the requirement `errored` with its codes, a passing one `pending_verification`: the reviewer decides. 0 bytes: 422 FILE_EMPTY; HEIC or another format: 415 FILE_TYPE_UNSUPPORTED; undecodable: 422 IMAGE_UNREADABLE; too many pixels: 413 IMAGE_TOO_LARGE; nothing is stored for any of them.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                    material: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                code: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                status: "pass" | "warn" | "fail";
                            }[];
                            /** @description Which face crops can be read */
                            faces: {
                                id: boolean;
                                selfie: boolean;
                            };
                            id: string;
                            id_document_id: string | null;
                            match_threshold: number;
                            material: string;
                            model: string;
                            /** @enum {string} */
                            outcome: "pass" | "warn" | "fail";
                            /** @description Face-match similarity with the ID portrait, 0–1: evidence, never acceptance */
                            similarity: number | null;
                            uploaded_at: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_CHARACTER" | "INVALID_CURSOR" | "QUERY_TOO_SHORT" | "QUERY_TOO_LONG" | "UNKNOWN_FIELD" | "MALFORMED_JSON" | "MALFORMED_CSV" | "MALFORMED_PARQUET" | "LINE_TOO_LONG" | "EMPTY_BODY" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_SELLER" | "UNKNOWN_EVENT_TYPE" | "UNKNOWN_TRIGGER" | "NOT_FOUND" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_REJECTED" | "CONFLICT" | "CASE_ALREADY_OPEN" | "INVALID_TRANSITION" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "DATABASE_UNAVAILABLE" | "RATE_LIMITED" | "TOO_MANY_UPLOADS" | "FILE_EMPTY" | "FILE_TOO_LARGE" | "FILE_TYPE_UNSUPPORTED" | "IMAGE_UNREADABLE" | "IMAGE_TOO_LARGE" | "DOCUMENT_TYPE_NOT_ACCEPTED" | "DUPLICATE_UPLOAD" | "CASE_NOT_ACCEPTING_DOCUMENTS" | "REQUIREMENTS_INCOMPLETE" | "CASE_CLOSED" | "NOT_ASSIGNEE" | "REVIEWER_EXCLUDED" | "DECISION_PENDING" | "CHECKS_STALE" | "DECISION_NOT_PENDING" | "APPEAL_WINDOW_CLOSED" | "APPEAL_LIMIT_REACHED" | "APPEAL_MATERIAL_MISSING" | "APPEAL_PLAN_FAILED" | "STATEMENT_ACCOUNT_NOT_IN_CASE" | "LEGAL_HOLD" | "ERASURE_BLOCKED_OPEN_CASE" | "SLOT_TAKEN" | "SLOT_NOT_BOOKABLE" | "APPOINTMENT_NOT_CHANGEABLE" | "APPOINTMENT_LIMIT_REACHED" | "DOCUMENT_ALREADY_SUBMITTED" | "SCAN_PARTITION_FAILED" | "INTERNAL";
                            detail: string;
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CHARACTER" | "INVALID_CURSOR" | "QUERY_TOO_SHORT" | "QUERY_TOO_LONG" | "UNKNOWN_FIELD" | "MALFORMED_JSON" | "MALFORMED_CSV" | "MALFORMED_PARQUET" | "LINE_TOO_LONG" | "EMPTY_BODY" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_SELLER" | "UNKNOWN_EVENT_TYPE" | "UNKNOWN_TRIGGER" | "NOT_FOUND" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_REJECTED" | "CONFLICT" | "CASE_ALREADY_OPEN" | "INVALID_TRANSITION" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "DATABASE_UNAVAILABLE" | "RATE_LIMITED" | "TOO_MANY_UPLOADS" | "FILE_EMPTY" | "FILE_TOO_LARGE" | "FILE_TYPE_UNSUPPORTED" | "IMAGE_UNREADABLE" | "IMAGE_TOO_LARGE" | "DOCUMENT_TYPE_NOT_ACCEPTED" | "DUPLICATE_UPLOAD" | "CASE_NOT_ACCEPTING_DOCUMENTS" | "REQUIREMENTS_INCOMPLETE" | "CASE_CLOSED" | "NOT_ASSIGNEE" | "REVIEWER_EXCLUDED" | "DECISION_PENDING" | "CHECKS_STALE" | "DECISION_NOT_PENDING" | "APPEAL_WINDOW_CLOSED" | "APPEAL_LIMIT_REACHED" | "APPEAL_MATERIAL_MISSING" | "APPEAL_PLAN_FAILED" | "STATEMENT_ACCOUNT_NOT_IN_CASE" | "LEGAL_HOLD" | "ERASURE_BLOCKED_OPEN_CASE" | "SLOT_TAKEN" | "SLOT_NOT_BOOKABLE" | "APPOINTMENT_NOT_CHANGEABLE" | "APPOINTMENT_LIMIT_REACHED" | "DOCUMENT_ALREADY_SUBMITTED" | "SCAN_PARTITION_FAILED" | "INTERNAL";
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            instance: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/requirements/{material}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free video-call slots for a live verification requirement, read in the seller’s time zone
         * @description Within the policy’s notice and horizon. `time_zone` (IANA) reads them in that zone; without it, the seller profile’s `contact.time_zone`, else the main zone of the registered country (CN: Asia/Shanghai).
         */
        get: {
            parameters: {
                query?: {
                    language?: "en" | "zh";
                    time_zone?: string;
                };
                header?: never;
                path: {
                    caseId: string;
                    material: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                ends_at: string;
                                ends_at_local: string;
                                id: string;
                                languages: string[];
                                starts_at: string;
                                starts_at_local: string;
                            }[];
                            time_zone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/requirements/{material}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand in the written statement a requirement asks for (or only check it: `preflight`)
         * @description The relationship statement answers each linked account: which (seller id or store name), how it is related, who controls it, what the accounts share and why. Checked at once (every linked account answered; each explanation with substance; written in a language the policy accepts, told from the text). Stored as a new version, never overwriting; a failing statement leaves the requirement `errored` with its codes. An account the case does not link answers 422 STATEMENT_ACCOUNT_NOT_IN_CASE and nothing is stored.
         */
        post: {
            parameters: {
                query?: {
                    preflight?: "true" | "false";
                };
                header?: never;
                path: {
                    caseId: string;
                    material: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            /** @description the other account: its seller id or store name */
                            account: string;
                            /** @description who runs the other account */
                            controlled_by: string;
                            /** @description why the accounts share what they share */
                            explanation: string;
                            /** @enum {string} */
                            relationship: "same_owner" | "family_member" | "business_partner" | "employee" | "service_provider" | "former_owner" | "other";
                            shared: ("device" | "bank_account" | "card" | "address" | "phone" | "email" | "legal_representative" | "registration_number" | "other")[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                code: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                status: "pass" | "warn" | "fail";
                            }[];
                            /** @enum {string} */
                            outcome: "pass" | "warn" | "fail";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: {
                                entries: {
                                    /** @description the other account: its seller id or store name */
                                    account: string;
                                    /** @description who runs the other account */
                                    controlled_by: string;
                                    /** @description why the accounts share what they share */
                                    explanation: string;
                                    /** @enum {string} */
                                    relationship: "same_owner" | "family_member" | "business_partner" | "employee" | "service_provider" | "former_owner" | "other";
                                    shared: ("device" | "bank_account" | "card" | "address" | "phone" | "email" | "legal_representative" | "registration_number" | "other")[];
                                }[];
                            };
                            checks: {
                                code: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                status: "pass" | "warn" | "fail";
                            }[];
                            created_at: string;
                            id: string;
                            material: string;
                            /** @enum {string} */
                            outcome: "pass" | "warn" | "fail";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/selfies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's selfies, newest first, with their checks and face-match score */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                checks: {
                                    code: string;
                                    evidence: {
                                        [key: string]: unknown;
                                    };
                                    /** @enum {string} */
                                    group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    status: "pass" | "warn" | "fail";
                                }[];
                                /** @description Which face crops can be read */
                                faces: {
                                    id: boolean;
                                    selfie: boolean;
                                };
                                id: string;
                                id_document_id: string | null;
                                match_threshold: number;
                                material: string;
                                model: string;
                                /** @enum {string} */
                                outcome: "pass" | "warn" | "fail";
                                /** @description Face-match similarity with the ID portrait, 0–1: evidence, never acceptance */
                                similarity: number | null;
                                uploaded_at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's statements, every version, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                body: {
                                    entries: {
                                        /** @description the other account: its seller id or store name */
                                        account: string;
                                        /** @description who runs the other account */
                                        controlled_by: string;
                                        /** @description why the accounts share what they share */
                                        explanation: string;
                                        /** @enum {string} */
                                        relationship: "same_owner" | "family_member" | "business_partner" | "employee" | "service_provider" | "former_owner" | "other";
                                        shared: ("device" | "bank_account" | "card" | "address" | "phone" | "email" | "legal_representative" | "registration_number" | "other")[];
                                    }[];
                                };
                                checks: {
                                    code: string;
                                    evidence: {
                                        [key: string]: unknown;
                                    };
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @enum {string} */
                                    status: "pass" | "warn" | "fail";
                                }[];
                                created_at: string;
                                id: string;
                                material: string;
                                /** @enum {string} */
                                outcome: "pass" | "warn" | "fail";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The seller hands the case in for review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts_documents: boolean;
                            allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                            appeal_count: number;
                            appeal_until: string | null;
                            appeal_window_ends_at: string | null;
                            appealed_at: string | null;
                            appeals_left: number;
                            arranges_calls: boolean;
                            assignee?: {
                                id: string;
                                name: string;
                            } | null;
                            assignee_id?: string | null;
                            closed_at: string | null;
                            deadline_at: string;
                            decided_at: string | null;
                            due: {
                                at: string;
                                /** @enum {string} */
                                kind: "seller_deadline" | "review" | "appeal_window";
                            } | null;
                            hold: {
                                can_assign: boolean;
                                can_claim: boolean;
                                can_release: boolean;
                                held_by_you: boolean;
                            } | null;
                            id: string;
                            if_deadline_passes: {
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                /** @enum {string} */
                                status: "expired";
                            } | null;
                            missing_for_submission: string[];
                            opened_at: string;
                            pending_review: {
                                can_confirm: boolean;
                                decision_id: string;
                                reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                            } | null;
                            policy_version: string;
                            reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                            requirement_statuses: {
                                has_material: boolean;
                                material: string;
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                            }[];
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            review_due_at?: string | null;
                            revision: number;
                            seller_id: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            submitted_at: string | null;
                            unmet_at_approval: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every step of the case with its date, the deadline, and when a decision is expected
         * @description `waiting_on` says whose move it is. While the case waits on support, `estimated_decision` gives the expected decision date from the case's place in the review queue and the queue's past week (`basis: queue`), or the review SLA when there is too little history (`basis: sla`).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case_id: string;
                            deadline_at: string;
                            estimated_decision: {
                                at: string;
                                /** @enum {string} */
                                basis: "queue" | "sla";
                                cases_ahead: number;
                                decisions_per_day: number;
                            } | null;
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            steps: {
                                actor: {
                                    id: string;
                                    name: string | null;
                                };
                                assignee_id?: string | null;
                                at: string;
                                by: string;
                                case_action?: string;
                                decision?: string;
                                document_id?: string;
                                event: string;
                                failed_checks?: string[];
                                from?: string;
                                material?: string;
                                material_title?: {
                                    en: string;
                                    zh: string;
                                };
                                note?: string;
                                reason_codes?: string[];
                                review_due_at?: string;
                                to?: string;
                                triggers?: string[];
                                verdict?: string | null;
                            }[];
                            waiting_on: ("seller" | "support") | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{caseId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the case as a false positive; its restrictions lift */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts_documents: boolean;
                            allowed_actions: ("submit" | "start_review" | "approve" | "request_info" | "return_to_seller" | "reject" | "reject_final" | "appeal" | "finalize_rejection" | "expire" | "withdraw")[];
                            appeal_count: number;
                            appeal_until: string | null;
                            appeal_window_ends_at: string | null;
                            appealed_at: string | null;
                            appeals_left: number;
                            arranges_calls: boolean;
                            assignee?: {
                                id: string;
                                name: string;
                            } | null;
                            assignee_id?: string | null;
                            closed_at: string | null;
                            deadline_at: string;
                            decided_at: string | null;
                            due: {
                                at: string;
                                /** @enum {string} */
                                kind: "seller_deadline" | "review" | "appeal_window";
                            } | null;
                            hold: {
                                can_assign: boolean;
                                can_claim: boolean;
                                can_release: boolean;
                                held_by_you: boolean;
                            } | null;
                            id: string;
                            if_deadline_passes: {
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                /** @enum {string} */
                                status: "expired";
                            } | null;
                            missing_for_submission: string[];
                            opened_at: string;
                            pending_review: {
                                can_confirm: boolean;
                                decision_id: string;
                                reason: ("proposer" | "decided_rejection" | "not_a_reviewer") | null;
                            } | null;
                            policy_version: string;
                            reasons: (components["schemas"]["CaseReason_registration_mismatch"] | components["schemas"]["CaseReason_account_association"] | components["schemas"]["CaseReason_sales_anomaly"] | components["schemas"]["CaseReason_identity_verification"] | components["schemas"]["CaseReason_missing_documentation"])[];
                            requirement_statuses: {
                                has_material: boolean;
                                material: string;
                                /** @enum {string} */
                                status: "currently_due" | "pending_verification" | "satisfied" | "past_due" | "errored" | "waived";
                            }[];
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            review_due_at?: string | null;
                            revision: number;
                            seller_id: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high";
                            /** @enum {string} */
                            status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                            submitted_at: string | null;
                            unmet_at_approval: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign (supervisors), claim, release or note many cases; a result for each
         * @description Up to 10,000 cases. Each case is acted on in its own transaction, as the single action would: a case whose revision differs from the one sent is reported `CONFLICT` and left unchanged, others go on. The answer lists every case in the order sent (docs/desk.md).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "assign" | "claim" | "release" | "note";
                        /**
                         * Format: uuid
                         * @description assign: the reviewer or supervisor
                         */
                        assignee_id?: string;
                        items: {
                            /** Format: uuid */
                            case_id: string;
                            /** @description The case revision you acted on (or send `If-Match: "<revision>"`) */
                            revision?: number;
                        }[];
                        /** @description note: the internal note added to each case */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                failed: number;
                                ok: number;
                            };
                            data: {
                                /** Format: uuid */
                                case_id: string;
                                message?: string;
                                /** @description `ok`, or the error code the single action would have answered */
                                result: string;
                                /** @description the case revision after the action */
                                revision?: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The review operation: cases opened and closed per day, backlog, SLA, time to decision, decisions, approval rates
         * @description Over `[from, to)` (default the last 30 days, at most 366): cases opened and closed per UTC day; the open backlog by status and age band; queued cases past their review SLA and within `near_breach_hours` of it (now); time from opening to decision (p50, p90, hours); decisions per reviewer; and of the cases decided, the approval rate per trigger and per policy version (approved / (approved + rejected)): the first measure of each trigger's precision.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    near_breach_hours?: number;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approval_by_policy_version: {
                                approval_rate: number | null;
                                approved: number;
                                key: string;
                                rejected: number;
                            }[];
                            approval_by_trigger: {
                                approval_rate: number | null;
                                approved: number;
                                key: string;
                                rejected: number;
                            }[];
                            at: string;
                            backlog: {
                                /** @enum {string} */
                                age_band: "under_1d" | "1_3d" | "3_7d" | "7_14d" | "over_14d";
                                cases: number;
                                status: string;
                            }[];
                            decisions_by_reviewer: {
                                decision: string;
                                decisions: number;
                                reviewer: {
                                    display_name: string | null;
                                    id: string;
                                };
                            }[];
                            from: string;
                            near_breach_hours: number;
                            per_day: {
                                closed: number;
                                day: string;
                                opened: number;
                            }[];
                            sla: {
                                breached: number;
                                near_breach: number;
                                queued: number;
                            };
                            time_to_decision: {
                                decided: number;
                                p50_hours: number | null;
                                p90_hours: number | null;
                            };
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document: its files and, once checked, every check's result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case_id: string;
                            checked_at: string | null;
                            checked_profile_version: number | null;
                            checks: {
                                code: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                status: "pass" | "warn" | "fail";
                            }[];
                            failure: string | null;
                            files: {
                                mime: string;
                                name: string;
                                position: number;
                                sha256: string;
                                size: number;
                            }[];
                            id: string;
                            material: string;
                            reading: {
                                fields: ({
                                    at: number;
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "date";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    role?: "issue" | "statement" | "expiry" | "birth" | "established" | "due" | "valid_from" | "period_start" | "period_end";
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    at: number;
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    kind: "uscc" | "prc_id" | "iban" | "ein" | "eu_vat" | "uk_company_number";
                                    labelled: boolean;
                                    /** @enum {string} */
                                    name: "identifier";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "page_marker";
                                    number: number;
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    total: number;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "id_side";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    /** @enum {string} */
                                    value: "front" | "back" | "both" | "passport" | "unknown";
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "validity_term";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    /** @enum {string} */
                                    value: "long_term";
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "holder_name";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "representative";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "legal_name";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "address";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "document_number";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                })[];
                                readers: string[];
                                /** @enum {string} */
                                script: "han" | "latin";
                            } | null;
                            stale: boolean;
                            /** @enum {string} */
                            status: "checking" | "checked" | "check_failed" | "withdrawn";
                            /** @enum {string} */
                            type: "business_license" | "government_id" | "utility_bill" | "bank_statement" | "credit_card_statement" | "supplier_invoice" | "other";
                            uploaded_at: string;
                            variant: string | null;
                            verdict: ("pass" | "fail") | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}/files/{position}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bytes of one page or side, as uploaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                    position: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{documentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The seller takes back a document not yet handed in, with a reason
         * @description While the case awaits documents (or an appeal), a document uploaded since the last submission can be withdrawn: it stays on record as `withdrawn` but no longer counts, the timeline shows `document.withdrawn` with the reason, and the requirement follows the newest document left (or is due again). Once the case was submitted or appealed with it: 409 `DOCUMENT_ALREADY_SUBMITTED`; withdrawn already: 409 `CONFLICT`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case_id: string;
                            checked_at: string | null;
                            checked_profile_version: number | null;
                            checks: {
                                code: string;
                                evidence: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                group: "integrity" | "image_quality" | "completeness" | "validity" | "identifiers" | "authenticity" | "consistency";
                                message: {
                                    en: string;
                                    zh: string;
                                };
                                /** @enum {string} */
                                status: "pass" | "warn" | "fail";
                            }[];
                            failure: string | null;
                            files: {
                                mime: string;
                                name: string;
                                position: number;
                                sha256: string;
                                size: number;
                            }[];
                            id: string;
                            material: string;
                            reading: {
                                fields: ({
                                    at: number;
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "date";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    role?: "issue" | "statement" | "expiry" | "birth" | "established" | "due" | "valid_from" | "period_start" | "period_end";
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    at: number;
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    kind: "uscc" | "prc_id" | "iban" | "ein" | "eu_vat" | "uk_company_number";
                                    labelled: boolean;
                                    /** @enum {string} */
                                    name: "identifier";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "page_marker";
                                    number: number;
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    total: number;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "id_side";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    /** @enum {string} */
                                    value: "front" | "back" | "both" | "passport" | "unknown";
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "validity_term";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    /** @enum {string} */
                                    value: "long_term";
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "holder_name";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "representative";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "legal_name";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "address";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                } | {
                                    box?: {
                                        height: number;
                                        width: number;
                                        x: number;
                                        y: number;
                                    };
                                    confidence: number;
                                    file: number;
                                    /** @enum {string} */
                                    name: "document_number";
                                    page: number;
                                    reader: string;
                                    /** @enum {string} */
                                    source: "text_layer" | "ocr" | "mrz";
                                    text?: string;
                                    value: string;
                                })[];
                                readers: string[];
                                /** @enum {string} */
                                script: "han" | "latin";
                            } | null;
                            stale: boolean;
                            /** @enum {string} */
                            status: "checking" | "checked" | "check_failed" | "withdrawn";
                            /** @enum {string} */
                            type: "business_license" | "government_id" | "utility_bill" | "bank_statement" | "credit_card_statement" | "supplier_invoice" | "other";
                            uploaded_at: string;
                            variant: string | null;
                            verdict: ("pass" | "fail") | null;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            code: "VALIDATION_FAILED" | "INVALID_CHARACTER" | "INVALID_CURSOR" | "QUERY_TOO_SHORT" | "QUERY_TOO_LONG" | "UNKNOWN_FIELD" | "MALFORMED_JSON" | "MALFORMED_CSV" | "MALFORMED_PARQUET" | "LINE_TOO_LONG" | "EMPTY_BODY" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_SELLER" | "UNKNOWN_EVENT_TYPE" | "UNKNOWN_TRIGGER" | "NOT_FOUND" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_REJECTED" | "CONFLICT" | "CASE_ALREADY_OPEN" | "INVALID_TRANSITION" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "DATABASE_UNAVAILABLE" | "RATE_LIMITED" | "TOO_MANY_UPLOADS" | "FILE_EMPTY" | "FILE_TOO_LARGE" | "FILE_TYPE_UNSUPPORTED" | "IMAGE_UNREADABLE" | "IMAGE_TOO_LARGE" | "DOCUMENT_TYPE_NOT_ACCEPTED" | "DUPLICATE_UPLOAD" | "CASE_NOT_ACCEPTING_DOCUMENTS" | "REQUIREMENTS_INCOMPLETE" | "CASE_CLOSED" | "NOT_ASSIGNEE" | "REVIEWER_EXCLUDED" | "DECISION_PENDING" | "CHECKS_STALE" | "DECISION_NOT_PENDING" | "APPEAL_WINDOW_CLOSED" | "APPEAL_LIMIT_REACHED" | "APPEAL_MATERIAL_MISSING" | "APPEAL_PLAN_FAILED" | "STATEMENT_ACCOUNT_NOT_IN_CASE" | "LEGAL_HOLD" | "ERASURE_BLOCKED_OPEN_CASE" | "SLOT_TAKEN" | "SLOT_NOT_BOOKABLE" | "APPOINTMENT_NOT_CHANGEABLE" | "APPOINTMENT_LIMIT_REACHED" | "DOCUMENT_ALREADY_SUBMITTED" | "SCAN_PARTITION_FAILED" | "INTERNAL";
                            detail: string;
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CHARACTER" | "INVALID_CURSOR" | "QUERY_TOO_SHORT" | "QUERY_TOO_LONG" | "UNKNOWN_FIELD" | "MALFORMED_JSON" | "MALFORMED_CSV" | "MALFORMED_PARQUET" | "LINE_TOO_LONG" | "EMPTY_BODY" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNKNOWN_SELLER" | "UNKNOWN_EVENT_TYPE" | "UNKNOWN_TRIGGER" | "NOT_FOUND" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "CSRF_REJECTED" | "CONFLICT" | "CASE_ALREADY_OPEN" | "INVALID_TRANSITION" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_PROGRESS" | "DATABASE_UNAVAILABLE" | "RATE_LIMITED" | "TOO_MANY_UPLOADS" | "FILE_EMPTY" | "FILE_TOO_LARGE" | "FILE_TYPE_UNSUPPORTED" | "IMAGE_UNREADABLE" | "IMAGE_TOO_LARGE" | "DOCUMENT_TYPE_NOT_ACCEPTED" | "DUPLICATE_UPLOAD" | "CASE_NOT_ACCEPTING_DOCUMENTS" | "REQUIREMENTS_INCOMPLETE" | "CASE_CLOSED" | "NOT_ASSIGNEE" | "REVIEWER_EXCLUDED" | "DECISION_PENDING" | "CHECKS_STALE" | "DECISION_NOT_PENDING" | "APPEAL_WINDOW_CLOSED" | "APPEAL_LIMIT_REACHED" | "APPEAL_MATERIAL_MISSING" | "APPEAL_PLAN_FAILED" | "STATEMENT_ACCOUNT_NOT_IN_CASE" | "LEGAL_HOLD" | "ERASURE_BLOCKED_OPEN_CASE" | "SLOT_TAKEN" | "SLOT_NOT_BOOKABLE" | "APPOINTMENT_NOT_CHANGEABLE" | "APPOINTMENT_LIMIT_REACHED" | "DOCUMENT_ALREADY_SUBMITTED" | "SCAN_PARTITION_FAILED" | "INTERNAL";
                                details: {
                                    [key: string]: unknown;
                                };
                                message: string;
                            };
                            instance: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases, decisions, requirements or the audit trail as CSV or JSON lines, streamed
         * @description Read page by page from the store while it is sent (memory holds one page of 1,000 rows); a client that disconnects stops the reading. The export is recorded in the audit trail (`export.started`). CSV cells that a spreadsheet would run as a formula are prefixed with `'` (docs/exports.md).
         */
        get: {
            parameters: {
                query?: {
                    /** @description audit: the action (`case.transitioned`, …) */
                    action?: string;
                    /** @description audit: who acted (`user:<id>`, `system`, …) */
                    actor?: string;
                    case_id?: string;
                    /** @description comma-separated case ids, at most 200 (cases, requirements, decisions) */
                    case_ids?: string;
                    /** @description audit: the entity id */
                    entity_id?: string;
                    /** @description audit: `case`, `seller`, `document`, … */
                    entity_type?: string;
                    format?: "csv" | "jsonl";
                    /** @description opened (cases), proposed (decisions), at (audit) from */
                    from?: string;
                    seller_id?: string;
                    /** @description comma-separated case statuses (cases, requirements) */
                    status?: string;
                    /** @description … before */
                    to?: string;
                };
                header?: never;
                path: {
                    kind: "cases" | "decisions" | "requirements" | "audit";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feed/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load a batch of the marketplace feed
         * @description Body: NDJSON (`application/x-ndjson`) for `sellers`, `events`, `documents`; CSV (`text/csv`, header `seller_id,date,orders,revenue`) for `sales`. Lines are read by the tolerant feed contract (docs/feed.md): absent or unusable optional values become data-quality notes; a line missing a required field, or one the database refuses, is reported with its line number and code and skipped; the rest loads, and `landed` names the lines that did. Re-sending the same lines changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "sellers" | "events" | "sales" | "documents";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            /** @enum {string} */
                            kind: "sellers" | "events" | "sales" | "documents";
                            /** @description the line numbers now in the store (written or already there), as ranges: `1-2499,2501-5000` */
                            landed: string;
                            lines: number;
                            /** @description data-quality notes on the lines that landed (docs/feed.md) */
                            notes: number;
                            notes_by_code: {
                                [key: string]: number;
                            };
                            rejected: number;
                            rejections: {
                                code: string;
                                line: number;
                                message: string;
                            }[];
                            rejections_truncated: boolean;
                            unchanged: number;
                            written: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string | null;
                            display_name: string | null;
                            email: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "user" | "api_key" | "system";
                            language: ("en" | "zh") | null;
                            language_chosen: boolean;
                            role: string;
                            seller_id: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * A staff member's own settings: the language of their emails and notifications
         * @description The language chosen here is kept on the user: their staff emails use it, and the language of the requests they make no longer changes it.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "en" | "zh";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrf_token: string | null;
                            display_name: string | null;
                            email: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "user" | "api_key" | "system";
                            language: ("en" | "zh") | null;
                            language_chosen: boolean;
                            role: string;
                            seller_id: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My staff notifications (SLA about to breach, appeal filed, case assigned), unread first
         * @description Unread first, then newest first; `unread` and `total` count them all. The request’s `Accept-Language` (en or zh) becomes the language of this person’s notification emails.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                case_id: string;
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "sla_near_breach" | "appeal_filed" | "case_assigned";
                                read_at: string | null;
                            }[];
                            total: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark my notifications read: the ids given, or all of them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    } | {
                        /** @enum {boolean} */
                        all: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The email log: what was sent to sellers, skipped (and why) or failed, newest first */
        get: {
            parameters: {
                query?: {
                    case_id?: string;
                    cursor?: string;
                    limit?: number;
                    seller_id?: string;
                    /** @description comma-separated: pending, sending, sent, skipped, failed */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attempt_count: number;
                                case_id: string | null;
                                created_at: string;
                                event_id: string;
                                id: string;
                                languages: string[];
                                last_error: string | null;
                                message_id: string | null;
                                next_attempt_at: string | null;
                                recipient: string | null;
                                seller_id: string;
                                sent_at: string | null;
                                /** @enum {string} */
                                status: "pending" | "sending" | "sent" | "skipped" | "failed";
                                subject: string;
                                template: string;
                                text: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active policy: thresholds, requirements, deadlines, restrictions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal: {
                                limit_per_case: number;
                                /** @default true */
                                require_new_documents: boolean;
                                window_days: number;
                            };
                            description?: string;
                            document_rules: {
                                all_pages?: boolean;
                                all_sides?: boolean;
                                colour?: boolean;
                                covers_finding_period?: boolean;
                                formats?: ("pdf" | "jpeg" | "png" | "tiff")[];
                                issued_within_days?: number;
                                max_bytes?: number;
                                must_show?: ("registered_name" | "registered_address" | "registration_number" | "legal_rep_name" | "date_of_birth" | "id_number" | "linked_accounts")[];
                                not_screenshot?: boolean;
                                unexpired?: boolean;
                            };
                            /**
                             * @default {
                             *       "slot_minutes": 30,
                             *       "book_ahead_days": 21,
                             *       "min_notice_hours": 12,
                             *       "reschedules_allowed": 2,
                             *       "rebookings_after_no_show": 1,
                             *       "reminder_hours_before": [
                             *         24,
                             *         1
                             *       ]
                             *     }
                             */
                            live_verification: {
                                book_ahead_days: number;
                                min_notice_hours: number;
                                rebookings_after_no_show: number;
                                /**
                                 * @default [
                                 *       24,
                                 *       1
                                 *     ]
                                 */
                                reminder_hours_before: number[];
                                reschedules_allowed: number;
                                slot_minutes: number;
                            };
                            materials: {
                                [key: string]: {
                                    /** @enum {string} */
                                    kind: "document" | "statement" | "live";
                                    title: {
                                        en: string;
                                        zh: string;
                                    };
                                };
                            };
                            messages: {
                                per_day_while_waiting: number;
                            };
                            outcomes: {
                                expired: ("deactivated" | "listings_paused" | "payouts_held")[];
                                rejected: ("deactivated" | "listings_paused" | "payouts_held")[];
                                rejected_final: ("deactivated" | "listings_paused" | "payouts_held")[];
                            };
                            reminders: {
                                days_before_deadline: number[];
                            };
                            retention?: {
                                kinds: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        after: "case_closed" | "appeal_window_ended" | "seller_deactivated";
                                        days: number;
                                    };
                                };
                                /** @default 24 */
                                run_every_hours: number;
                            };
                            review: {
                                sla_hours: number;
                            };
                            /**
                             * @default {
                             *       "languages": {
                             *         "accepted": [
                             *           "en",
                             *           "zh"
                             *         ],
                             *         "unaccepted": "fail"
                             *       },
                             *       "relationship": {
                             *         "every_linked_account": true,
                             *         "min_explanation_chars": 40
                             *       },
                             *       "plan_of_action": {
                             *         "min_chars": {
                             *           "root_cause": 20,
                             *           "what_was_fixed": 20,
                             *           "how_prevented": 20
                             *         }
                             *       }
                             *     }
                             */
                            statements: {
                                /**
                                 * @default {
                                 *       "accepted": [
                                 *         "en",
                                 *         "zh"
                                 *       ],
                                 *       "unaccepted": "fail"
                                 *     }
                                 */
                                languages: {
                                    /**
                                     * @default [
                                     *       "en",
                                     *       "zh"
                                     *     ]
                                     */
                                    accepted: ("en" | "zh" | "ja" | "ko" | "ru" | "ar" | "th" | "de" | "fr" | "es" | "pt" | "it" | "nl" | "vi")[];
                                    /**
                                     * @default fail
                                     * @enum {string}
                                     */
                                    unaccepted: "fail" | "warn";
                                };
                                /**
                                 * @default {
                                 *       "min_chars": {
                                 *         "root_cause": 20,
                                 *         "what_was_fixed": 20,
                                 *         "how_prevented": 20
                                 *       }
                                 *     }
                                 */
                                plan_of_action: {
                                    /**
                                     * @default {
                                     *       "root_cause": 20,
                                     *       "what_was_fixed": 20,
                                     *       "how_prevented": 20
                                     *     }
                                     */
                                    min_chars: {
                                        /** @default 20 */
                                        how_prevented: number;
                                        /** @default 20 */
                                        root_cause: number;
                                        /** @default 20 */
                                        what_was_fixed: number;
                                    };
                                };
                                /**
                                 * @default {
                                 *       "every_linked_account": true,
                                 *       "min_explanation_chars": 40
                                 *     }
                                 */
                                relationship: {
                                    /** @default true */
                                    every_linked_account: boolean;
                                    /** @default 40 */
                                    min_explanation_chars: number;
                                };
                            };
                            triggers: {
                                [key: string]: {
                                    deadline_days: number;
                                    open_score: number;
                                    requirements: {
                                        accepted_variants: string[];
                                        applies_to: ("business" | "individual")[];
                                        material: string;
                                        only_if_missing?: boolean;
                                        rules: {
                                            all_pages?: boolean;
                                            all_sides?: boolean;
                                            colour?: boolean;
                                            covers_finding_period?: boolean;
                                            formats?: ("pdf" | "jpeg" | "png" | "tiff")[];
                                            issued_within_days?: number;
                                            max_bytes?: number;
                                            must_show?: ("registered_name" | "registered_address" | "registration_number" | "legal_rep_name" | "date_of_birth" | "id_number" | "linked_accounts")[];
                                            not_screenshot?: boolean;
                                            unexpired?: boolean;
                                        };
                                    }[];
                                    restrictions_while_open: ("deactivated" | "listings_paused" | "payouts_held")[];
                                    severity: {
                                        high_from: number;
                                        medium_from: number;
                                    };
                                };
                            };
                            version: string;
                        };
                    };
                };
            };
        };
        /** Make a new policy version active; open cases keep the version that opened them */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appeal: {
                                limit_per_case: number;
                                /** @default true */
                                require_new_documents: boolean;
                                window_days: number;
                            };
                            description?: string;
                            document_rules: {
                                all_pages?: boolean;
                                all_sides?: boolean;
                                colour?: boolean;
                                covers_finding_period?: boolean;
                                formats?: ("pdf" | "jpeg" | "png" | "tiff")[];
                                issued_within_days?: number;
                                max_bytes?: number;
                                must_show?: ("registered_name" | "registered_address" | "registration_number" | "legal_rep_name" | "date_of_birth" | "id_number" | "linked_accounts")[];
                                not_screenshot?: boolean;
                                unexpired?: boolean;
                            };
                            /**
                             * @default {
                             *       "slot_minutes": 30,
                             *       "book_ahead_days": 21,
                             *       "min_notice_hours": 12,
                             *       "reschedules_allowed": 2,
                             *       "rebookings_after_no_show": 1,
                             *       "reminder_hours_before": [
                             *         24,
                             *         1
                             *       ]
                             *     }
                             */
                            live_verification: {
                                book_ahead_days: number;
                                min_notice_hours: number;
                                rebookings_after_no_show: number;
                                /**
                                 * @default [
                                 *       24,
                                 *       1
                                 *     ]
                                 */
                                reminder_hours_before: number[];
                                reschedules_allowed: number;
                                slot_minutes: number;
                            };
                            materials: {
                                [key: string]: {
                                    /** @enum {string} */
                                    kind: "document" | "statement" | "live";
                                    title: {
                                        en: string;
                                        zh: string;
                                    };
                                };
                            };
                            messages: {
                                per_day_while_waiting: number;
                            };
                            outcomes: {
                                expired: ("deactivated" | "listings_paused" | "payouts_held")[];
                                rejected: ("deactivated" | "listings_paused" | "payouts_held")[];
                                rejected_final: ("deactivated" | "listings_paused" | "payouts_held")[];
                            };
                            reminders: {
                                days_before_deadline: number[];
                            };
                            retention?: {
                                kinds: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        after: "case_closed" | "appeal_window_ended" | "seller_deactivated";
                                        days: number;
                                    };
                                };
                                /** @default 24 */
                                run_every_hours: number;
                            };
                            review: {
                                sla_hours: number;
                            };
                            /**
                             * @default {
                             *       "languages": {
                             *         "accepted": [
                             *           "en",
                             *           "zh"
                             *         ],
                             *         "unaccepted": "fail"
                             *       },
                             *       "relationship": {
                             *         "every_linked_account": true,
                             *         "min_explanation_chars": 40
                             *       },
                             *       "plan_of_action": {
                             *         "min_chars": {
                             *           "root_cause": 20,
                             *           "what_was_fixed": 20,
                             *           "how_prevented": 20
                             *         }
                             *       }
                             *     }
                             */
                            statements: {
                                /**
                                 * @default {
                                 *       "accepted": [
                                 *         "en",
                                 *         "zh"
                                 *       ],
                                 *       "unaccepted": "fail"
                                 *     }
                                 */
                                languages: {
                                    /**
                                     * @default [
                                     *       "en",
                                     *       "zh"
                                     *     ]
                                     */
                                    accepted: ("en" | "zh" | "ja" | "ko" | "ru" | "ar" | "th" | "de" | "fr" | "es" | "pt" | "it" | "nl" | "vi")[];
                                    /**
                                     * @default fail
                                     * @enum {string}
                                     */
                                    unaccepted: "fail" | "warn";
                                };
                                /**
                                 * @default {
                                 *       "min_chars": {
                                 *         "root_cause": 20,
                                 *         "what_was_fixed": 20,
                                 *         "how_prevented": 20
                                 *       }
                                 *     }
                                 */
                                plan_of_action: {
                                    /**
                                     * @default {
                                     *       "root_cause": 20,
                                     *       "what_was_fixed": 20,
                                     *       "how_prevented": 20
                                     *     }
                                     */
                                    min_chars: {
                                        /** @default 20 */
                                        how_prevented: number;
                                        /** @default 20 */
                                        root_cause: number;
                                        /** @default 20 */
                                        what_was_fixed: number;
                                    };
                                };
                                /**
                                 * @default {
                                 *       "every_linked_account": true,
                                 *       "min_explanation_chars": 40
                                 *     }
                                 */
                                relationship: {
                                    /** @default true */
                                    every_linked_account: boolean;
                                    /** @default 40 */
                                    min_explanation_chars: number;
                                };
                            };
                            triggers: {
                                [key: string]: {
                                    deadline_days: number;
                                    open_score: number;
                                    requirements: {
                                        accepted_variants: string[];
                                        applies_to: ("business" | "individual")[];
                                        material: string;
                                        only_if_missing?: boolean;
                                        rules: {
                                            all_pages?: boolean;
                                            all_sides?: boolean;
                                            colour?: boolean;
                                            covers_finding_period?: boolean;
                                            formats?: ("pdf" | "jpeg" | "png" | "tiff")[];
                                            issued_within_days?: number;
                                            max_bytes?: number;
                                            must_show?: ("registered_name" | "registered_address" | "registration_number" | "legal_rep_name" | "date_of_birth" | "id_number" | "linked_accounts")[];
                                            not_screenshot?: boolean;
                                            unexpired?: boolean;
                                        };
                                    }[];
                                    restrictions_while_open: ("deactivated" | "listings_paused" | "payouts_held")[];
                                    severity: {
                                        high_from: number;
                                        medium_from: number;
                                    };
                                };
                            };
                            version: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every policy version, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                active: boolean;
                                created_at: string;
                                created_by: string;
                                version: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases in the queue past their review SLA, in queue order, with who holds them */
        get: {
            parameters: {
                query?: {
                    /** @description `me`, `unassigned` or a user id */
                    assignee?: "me" | "unassigned" | string;
                    /** @description only cases with a proposed decision waiting for approval */
                    awaiting_second_reviewer?: "true" | "false";
                    /** @description only cases past their review SLA */
                    breached?: "true" | "false";
                    /** @description the registered country (business, or an individual’s registered address) */
                    country?: string;
                    cursor?: string;
                    limit?: number;
                    /** @description the seller profile's store.marketplace */
                    marketplace?: string;
                    /** @description waiting at most this long */
                    max_age_hours?: number;
                    /** @description waiting at least this long */
                    min_age_hours?: number;
                    /** @description comma-separated: submitted, in_review, appealed */
                    status?: string;
                    trigger?: "registration_mismatch" | "account_association" | "sales_anomaly" | "identity_verification" | "missing_documentation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                appeal_count: number;
                                assignee: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                breached: boolean;
                                case_id: string;
                                country: string | null;
                                is_appeal: boolean;
                                marketplace: string | null;
                                pending_decision: {
                                    /** @enum {string} */
                                    decision: "approved" | "info_requested" | "rejected";
                                    id: string;
                                    proposed_at: string;
                                    proposed_by: {
                                        display_name: string;
                                        id: string;
                                    };
                                } | null;
                                queued_at: string;
                                review_due_at: string;
                                revision: number;
                                seller_id: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @enum {string} */
                                status: "submitted" | "in_review" | "appealed";
                                time_left_seconds: number;
                                triggers: ("registration_mismatch" | "account_association" | "sales_anomaly" | "identity_verification" | "missing_documentation")[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases awaiting review, by severity then SLA time left, filtered, a page at a time */
        get: {
            parameters: {
                query?: {
                    /** @description `me`, `unassigned` or a user id */
                    assignee?: "me" | "unassigned" | string;
                    /** @description only cases with a proposed decision waiting for approval */
                    awaiting_second_reviewer?: "true" | "false";
                    /** @description only cases past their review SLA */
                    breached?: "true" | "false";
                    /** @description the registered country (business, or an individual’s registered address) */
                    country?: string;
                    cursor?: string;
                    limit?: number;
                    /** @description the seller profile's store.marketplace */
                    marketplace?: string;
                    /** @description waiting at most this long */
                    max_age_hours?: number;
                    /** @description waiting at least this long */
                    min_age_hours?: number;
                    /** @description comma-separated: submitted, in_review, appealed */
                    status?: string;
                    trigger?: "registration_mismatch" | "account_association" | "sales_anomaly" | "identity_verification" | "missing_documentation";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                appeal_count: number;
                                assignee: {
                                    display_name: string;
                                    id: string;
                                } | null;
                                breached: boolean;
                                case_id: string;
                                country: string | null;
                                is_appeal: boolean;
                                marketplace: string | null;
                                pending_decision: {
                                    /** @enum {string} */
                                    decision: "approved" | "info_requested" | "rejected";
                                    id: string;
                                    proposed_at: string;
                                    proposed_by: {
                                        display_name: string;
                                        id: string;
                                    };
                                } | null;
                                queued_at: string;
                                review_due_at: string;
                                revision: number;
                                seller_id: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high";
                                /** @enum {string} */
                                status: "submitted" | "in_review" | "appealed";
                                time_left_seconds: number;
                                triggers: ("registration_mismatch" | "account_association" | "sales_anomaly" | "identity_verification" | "missing_documentation")[];
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/reason-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reason codes a decision carries, with the text the seller reads (English and 简体中文) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            codes: {
                                code: string;
                                decisions: ("approved" | "info_requested" | "rejected")[];
                                /** @description the English label (see `title` for every language) */
                                label: string;
                                seller_text: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description the staff label in each language (the English one where the catalogue gives no other) */
                                title: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            version: string;
                            /** @description why an approval may waive a requirement left unmet */
                            waiver_reasons: {
                                code: string;
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/review/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per reviewer: cases held, of them past the SLA, and decisions today; and what nobody holds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            reviewers: {
                                approved_today: number;
                                breached: number;
                                decided_late_today: number;
                                decided_today: number;
                                holding: number;
                                reviewer: {
                                    disabled: boolean;
                                    display_name: string;
                                    id: string;
                                    role: string;
                                };
                            }[];
                            unassigned: {
                                breached: number;
                                cases: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find sellers and their cases by name, e-mail, phone, registration, bank or ID number, seller or case id
         * @description A name matches in any script and order (`王晓明`, `Wang Xiaoming`, `xiaoming wang`, `wangxiaoming`), the last word as a beginning; identifiers match whatever their spacing, dashes or case, normalised as the association index does (docs/search.md). `q` holds 2 to 200 characters: shorter answers `QUERY_TOO_SHORT`, longer `QUERY_TOO_LONG`.
         */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                cases: {
                                    /** Format: uuid */
                                    id: string;
                                    opened_at: string;
                                    /** @enum {string} */
                                    severity: "low" | "medium" | "high";
                                    /** @enum {string} */
                                    status: "awaiting_documents" | "submitted" | "in_review" | "info_requested" | "approved" | "rejected" | "appealed" | "rejected_final" | "expired" | "withdrawn";
                                }[];
                                country: string | null;
                                marketplace: string | null;
                                /** @description legal name, else the legal representative, else the store */
                                name: string | null;
                                seller_id: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/selfies/{selfieId}/faces/{which}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A face crop for the reviewer: the selfie's live face or the ID's portrait (JPEG) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    selfieId: string;
                    which: "selfie" | "id";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{sellerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current profile of a seller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data_quality_notes?: {
                                /** @enum {string} */
                                code: "INVALID_DATE" | "DATE_OUT_OF_RANGE" | "INVALID_TIMESTAMP" | "UNKNOWN_COUNTRY" | "INVALID_NUMBER" | "NEGATIVE_NUMBER" | "NUMBER_OUT_OF_RANGE" | "INVALID_PHONE" | "INVALID_EMAIL" | "INVALID_VALUE" | "UNSTORABLE_TEXT" | "INVALID_UTF8" | "TEXT_TOO_LONG" | "MISSING_REGISTRATION_NUMBER" | "MISSING_REGISTERED_COUNTRY" | "ENTITY_TYPE_INFERRED";
                                field: string;
                                kind: string;
                                line: number | null;
                                origin: string;
                                /** @description the value as sent, JSON-escaped, at most 200 characters */
                                raw: string | null;
                                recorded_at: string;
                            }[];
                            entity_type: string;
                            profile: {
                                [key: string]: unknown;
                            };
                            profile_version: number;
                            seller_id: string;
                            status: string | null;
                            updated_at: string;
                        };
                    };
                };
            };
        };
        /**
         * Create or update one seller (the feed shape); a changed profile becomes a new version
         * @description Read by the same tolerant contract as `sellers.jsonl` (docs/feed.md): absent and unusable optional values become data-quality notes, returned with the seller.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seller_id: unknown;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            change: "created" | "updated" | "unchanged";
                            data_quality_notes?: {
                                /** @enum {string} */
                                code: "INVALID_DATE" | "DATE_OUT_OF_RANGE" | "INVALID_TIMESTAMP" | "UNKNOWN_COUNTRY" | "INVALID_NUMBER" | "NEGATIVE_NUMBER" | "NUMBER_OUT_OF_RANGE" | "INVALID_PHONE" | "INVALID_EMAIL" | "INVALID_VALUE" | "UNSTORABLE_TEXT" | "INVALID_UTF8" | "TEXT_TOO_LONG" | "MISSING_REGISTRATION_NUMBER" | "MISSING_REGISTERED_COUNTRY" | "ENTITY_TYPE_INFERRED";
                                field: string;
                                kind: string;
                                line: number | null;
                                origin: string;
                                /** @description the value as sent, JSON-escaped, at most 200 characters */
                                raw: string | null;
                                recorded_at: string;
                            }[];
                            entity_type: string;
                            profile: {
                                [key: string]: unknown;
                            };
                            profile_version: number;
                            seller_id: string;
                            status: string | null;
                            updated_at: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{sellerId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The seller's own copy of everything held about them, as one zip archive
         * @description Profile and its versions, each case with its documents as uploaded, readings, check results, statements, messages, decisions, appeals, appointments and timeline as JSON, a README in the seller’s language and a manifest. A seller may ask for their own only (any other seller is 404). docs/personal-data.md.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{sellerId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a seller's personal data now, and report what was erased
         * @description Idempotent: a second request answers the first report with `already_erased`. Refused with `LEGAL_HOLD` (naming the holds) or `ERASURE_BLOCKED_OPEN_CASE`; an unknown seller is 404. docs/personal-data.md.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the marketplace’s reference for the request */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description true when the seller was erased before: that erasure’s report */
                            already_erased: boolean;
                            /** @description audit values and salts erased (their commitments stay) */
                            audit_values: number;
                            /** @description the database steps that rewrote the touched tables */
                            compaction: string[];
                            completed_at: string;
                            files_removed: number;
                            requested_at: string;
                            /** @description rows redacted per table */
                            rows: {
                                rows: number;
                                table: string;
                            }[];
                            seller_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{sellerId}/legal-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The legal holds in force on a seller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                id: string;
                                lift_reason: string | null;
                                lifted_at: string | null;
                                lifted_by: string | null;
                                placed_at: string;
                                placed_by: string;
                                reason: string;
                                seller_id: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Place a legal hold: the seller's data is kept past erasure requests and retention */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            lift_reason: string | null;
                            lifted_at: string | null;
                            lifted_by: string | null;
                            placed_at: string;
                            placed_by: string;
                            reason: string;
                            seller_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{sellerId}/legal-holds/{holdId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a legal hold, saying why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    holdId: string;
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            lift_reason: string | null;
                            lifted_at: string | null;
                            lifted_by: string | null;
                            placed_at: string;
                            placed_by: string;
                            reason: string;
                            seller_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{sellerId}/profile-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every profile the seller has had, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                profile: {
                                    [key: string]: unknown;
                                };
                                recorded_at: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{sellerId}/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily orders and revenue of a seller between two dates (both included); days without a row had no sales reported */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                date: string;
                                orders: number;
                                revenue: number;
                            }[];
                            from: string;
                            seller_id: string;
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sellers/{sellerId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the account may do now: its restrictions, and the case behind them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sellerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can_receive_payouts: boolean;
                            can_sell: boolean;
                            cases: {
                                case_id: string;
                                restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                                status: string;
                            }[];
                            open_case_id: string | null;
                            restrictions: ("deactivated" | "listings_paused" | "payouts_held")[];
                            seller_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log, newest first, with every attempt */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description an event id */
                    event?: string;
                    limit?: number;
                    /** @description comma-separated: pending, sending, succeeded, failed */
                    status?: string;
                    subscription?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attempt_count: number;
                                attempts: {
                                    at: string;
                                    duration_ms: number;
                                    error: string | null;
                                    number: number;
                                    response: string | null;
                                    status_code: number | null;
                                }[];
                                created_at: string;
                                delivered_at: string | null;
                                event_id: string;
                                event_type: string;
                                id: string;
                                last_attempt_at: string | null;
                                last_error: string | null;
                                last_status_code: number | null;
                                next_attempt_at: string | null;
                                replay_count: number;
                                /** @enum {string} */
                                status: "pending" | "sending" | "succeeded" | "failed";
                                subscription_id: string;
                            }[];
                            next_cursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with every attempt */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempt_count: number;
                            attempts: {
                                at: string;
                                duration_ms: number;
                                error: string | null;
                                number: number;
                                response: string | null;
                                status_code: number | null;
                            }[];
                            created_at: string;
                            delivered_at: string | null;
                            event_id: string;
                            event_type: string;
                            id: string;
                            last_attempt_at: string | null;
                            last_error: string | null;
                            last_status_code: number | null;
                            next_attempt_at: string | null;
                            replay_count: number;
                            /** @enum {string} */
                            status: "pending" | "sending" | "succeeded" | "failed";
                            subscription_id: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now (with a fresh 24-hour retry window); answers at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    deliveryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempt_count: number;
                            attempts: {
                                at: string;
                                duration_ms: number;
                                error: string | null;
                                number: number;
                                response: string | null;
                                status_code: number | null;
                            }[];
                            created_at: string;
                            delivered_at: string | null;
                            event_id: string;
                            event_type: string;
                            id: string;
                            last_attempt_at: string | null;
                            last_error: string | null;
                            last_status_code: number | null;
                            next_attempt_at: string | null;
                            replay_count: number;
                            /** @enum {string} */
                            status: "pending" | "sending" | "succeeded" | "failed";
                            subscription_id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active subscriptions (secrets are not shown again) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                created_by: string;
                                description: string | null;
                                event_types: string[];
                                id: string;
                                secret_prefix: string;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Subscribe a URL to events; the signing secret is in this answer only
         * @description Deliveries are signed `Second-Look-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. http and https URLs only; private addresses only where the deployment allows them.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        /** @description appointment.booked, appointment.cancelled, appointment.outcome_recorded, appointment.reminder, appointment.rescheduled, audit.chain_broken, case.opened, case.reasons_added, case.reminder_due, case.transitioned, document.checked, seller.restrictions_changed, or * for every type */
                        event_types: string[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            created_by: string;
                            description: string | null;
                            event_types: string[];
                            id: string;
                            secret: string;
                            secret_prefix: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a subscription; deliveries not yet made fail, the log stays */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    subscriptionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CaseReason_account_association: {
            added_at: string;
            evidence?: {
                cluster_size: number;
                context: ({
                    basis?: string;
                    identifier: string;
                    kind: string;
                    note?: string;
                    points?: number;
                    seller_ids: string[];
                } & {
                    [key: string]: unknown;
                })[];
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                inactive_accounts: {
                    seller_id: string;
                    status: string;
                }[];
                links: ({
                    basis?: string;
                    identifier: string;
                    kind: string;
                    note?: string;
                    points?: number;
                    seller_ids: string[];
                } & {
                    [key: string]: unknown;
                })[];
                links_omitted?: number;
                score_parts: {
                    inactive_counted: number;
                    link_kinds: string[];
                    link_strength: number;
                };
                supporting: ({
                    basis?: string;
                    identifier: string;
                    kind: string;
                    note?: string;
                    points?: number;
                    seller_ids: string[];
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "account_association";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_account_associationInput: {
            added_at: string;
            evidence?: {
                cluster_size: number;
                context: ({
                    basis?: string;
                    identifier: string;
                    kind: string;
                    note?: string;
                    points?: number;
                    seller_ids: string[];
                } & {
                    [key: string]: unknown;
                })[];
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                inactive_accounts: {
                    seller_id: string;
                    status: string;
                }[];
                links: ({
                    basis?: string;
                    identifier: string;
                    kind: string;
                    note?: string;
                    points?: number;
                    seller_ids: string[];
                } & {
                    [key: string]: unknown;
                })[];
                links_omitted?: number;
                score_parts: {
                    inactive_counted: number;
                    link_kinds: string[];
                    link_strength: number;
                };
                supporting: ({
                    basis?: string;
                    identifier: string;
                    kind: string;
                    note?: string;
                    points?: number;
                    seller_ids: string[];
                } & {
                    [key: string]: unknown;
                })[];
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "account_association";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_identity_verification: {
            added_at: string;
            evidence?: {
                checks: number;
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                failed_checks: number;
                latest_check: {
                    at: string;
                    reason: string | null;
                    /** @enum {string} */
                    result: "failed" | "incomplete";
                };
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "identity_verification";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_identity_verificationInput: {
            added_at: string;
            evidence?: {
                checks: number;
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                failed_checks: number;
                latest_check: {
                    at: string;
                    reason: string | null;
                    /** @enum {string} */
                    result: "failed" | "incomplete";
                };
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "identity_verification";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_missing_documentation: {
            added_at: string;
            evidence?: {
                as_of: string;
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                documents_on_file: number;
                /** @enum {string} */
                entity_type: "business" | "individual";
                gaps: {
                    document: string;
                    expired_on?: string;
                    /** @enum {string} */
                    problem: "absent" | "rejected" | "expired";
                }[];
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "missing_documentation";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_missing_documentationInput: {
            added_at: string;
            evidence?: {
                as_of: string;
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                documents_on_file: number;
                /** @enum {string} */
                entity_type: "business" | "individual";
                gaps: {
                    document: string;
                    expired_on?: string;
                    /** @enum {string} */
                    problem: "absent" | "rejected" | "expired";
                }[];
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "missing_documentation";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_registration_mismatch: {
            added_at: string;
            evidence?: {
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                devices: {
                    also_used_from_registered_country: number;
                    used_from_operating_country: number;
                };
                logins_in_window: {
                    by_country: {
                        count: number;
                        country: string;
                        share: number;
                    }[];
                    total: number;
                };
                marketplace_fulfillment: {
                    by_country: {
                        count: number;
                        country: string;
                        share: number;
                    }[];
                    /** @constant */
                    counts_as_evidence: false;
                    total: number;
                };
                operating_country: string;
                payout_banks: {
                    is_in_operating_country: boolean;
                    payouts_in_window: {
                        country: string;
                        payouts: number;
                    }[];
                    profile_country: string | null;
                };
                phone: {
                    changes: {
                        at: string;
                        country: string | null;
                    }[];
                    country: string | null;
                    is_operating_country: boolean;
                };
                registered_country: string;
                score_parts: {
                    bank: number;
                    logins: number;
                    phone: number;
                    shipments: number;
                };
                seller_shipments: {
                    in_period: {
                        by_country: {
                            count: number;
                            country: string;
                            share: number;
                        }[];
                        total: number;
                    };
                    in_window: {
                        by_country: {
                            count: number;
                            country: string;
                            share: number;
                        }[];
                        total: number;
                    };
                };
                sustained_period: {
                    by_country: {
                        count: number;
                        country: string;
                        share: number;
                    }[];
                    days: number;
                    end: string;
                    is_ongoing: boolean;
                    logins: number;
                    operating_country_share: number;
                    start: string;
                };
                window: {
                    days: number;
                    end: string;
                    start: string;
                };
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "registration_mismatch";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_registration_mismatchInput: {
            added_at: string;
            evidence?: {
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                devices: {
                    also_used_from_registered_country: number;
                    used_from_operating_country: number;
                };
                logins_in_window: {
                    by_country: {
                        count: number;
                        country: string;
                        share: number;
                    }[];
                    total: number;
                };
                marketplace_fulfillment: {
                    by_country: {
                        count: number;
                        country: string;
                        share: number;
                    }[];
                    /** @constant */
                    counts_as_evidence: false;
                    total: number;
                };
                operating_country: string;
                payout_banks: {
                    is_in_operating_country: boolean;
                    payouts_in_window: {
                        country: string;
                        payouts: number;
                    }[];
                    profile_country: string | null;
                };
                phone: {
                    changes: {
                        at: string;
                        country: string | null;
                    }[];
                    country: string | null;
                    is_operating_country: boolean;
                };
                registered_country: string;
                score_parts: {
                    bank: number;
                    logins: number;
                    phone: number;
                    shipments: number;
                };
                seller_shipments: {
                    in_period: {
                        by_country: {
                            count: number;
                            country: string;
                            share: number;
                        }[];
                        total: number;
                    };
                    in_window: {
                        by_country: {
                            count: number;
                            country: string;
                            share: number;
                        }[];
                        total: number;
                    };
                };
                sustained_period: {
                    by_country: {
                        count: number;
                        country: string;
                        share: number;
                    }[];
                    days: number;
                    end: string;
                    is_ongoing: boolean;
                    logins: number;
                    operating_country_share: number;
                    start: string;
                };
                window: {
                    days: number;
                    end: string;
                    start: string;
                };
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "registration_mismatch";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_sales_anomaly: {
            added_at: string;
            evidence?: {
                baseline_daily_orders: number;
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                /** @enum {string} */
                direction: "up" | "down";
                episode: {
                    from: string;
                    to: string;
                };
                expected: {
                    orders: number;
                    revenue: number;
                };
                history_days: number;
                how_unusual: {
                    meaning: string;
                    p_value: number;
                    surprise: number;
                    tests: number;
                };
                judged_through?: string;
                /** @enum {string} */
                kind: "spike" | "collapse" | "level_shift" | "dormant_wake";
                market_index: {
                    mean: number;
                    peak: number;
                };
                measure: string;
                observed: {
                    orders: number;
                    revenue: number;
                };
                other_episodes: number;
                quiet_days_before: number;
                ratio: number | null;
                recent_ratio: number | null;
                window: {
                    days: number;
                    from: string;
                    to: string;
                };
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "sales_anomaly";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
        CaseReason_sales_anomalyInput: {
            added_at: string;
            evidence?: {
                baseline_daily_orders: number;
                could_not_check?: {
                    code: string;
                    field: string;
                }[];
                /** @enum {string} */
                direction: "up" | "down";
                episode: {
                    from: string;
                    to: string;
                };
                expected: {
                    orders: number;
                    revenue: number;
                };
                history_days: number;
                how_unusual: {
                    meaning: string;
                    p_value: number;
                    surprise: number;
                    tests: number;
                };
                judged_through?: string;
                /** @enum {string} */
                kind: "spike" | "collapse" | "level_shift" | "dormant_wake";
                market_index: {
                    mean: number;
                    peak: number;
                };
                measure: string;
                observed: {
                    orders: number;
                    revenue: number;
                };
                other_episodes: number;
                quiet_days_before: number;
                ratio: number | null;
                recent_ratio: number | null;
                window: {
                    days: number;
                    from: string;
                    to: string;
                };
            } & {
                [key: string]: unknown;
            };
            opened_by_staff?: boolean;
            related_seller_ids?: string[];
            score?: number;
            /** @enum {string} */
            severity: "low" | "medium" | "high";
            summary: string;
            text: {
                en: string;
                zh: string;
            };
            /** @constant */
            trigger: "sales_anomaly";
            unchecked_evidence?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
