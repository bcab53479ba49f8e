/**
 * The feed's line shapes live in their own package (`packages/feed-contract`), shared by the product
 * and the simulator that writes feeds for it.
 */
export * from '@secondlook/feed-contract';
