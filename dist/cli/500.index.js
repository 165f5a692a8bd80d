export const id = 500;
export const ids = [500,119];
export const modules = {

/***/ 72500:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		84088
	],
	"./BurstyRateLimiter.js": [
		84088
	],
	"./ExpressBruteFlexible": [
		48362,
		362
	],
	"./ExpressBruteFlexible.js": [
		48362,
		362
	],
	"./RLWrapperBlackAndWhite": [
		27755
	],
	"./RLWrapperBlackAndWhite.js": [
		27755
	],
	"./RLWrapperTimeouts": [
		11548
	],
	"./RLWrapperTimeouts.js": [
		11548
	],
	"./RateLimiterAbstract": [
		1453
	],
	"./RateLimiterAbstract.js": [
		1453
	],
	"./RateLimiterCluster": [
		77841
	],
	"./RateLimiterCluster.js": [
		77841
	],
	"./RateLimiterDrizzle": [
		14117
	],
	"./RateLimiterDrizzle.js": [
		14117
	],
	"./RateLimiterDrizzleNonAtomic": [
		2431
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		2431
	],
	"./RateLimiterDynamo": [
		14073
	],
	"./RateLimiterDynamo.js": [
		14073
	],
	"./RateLimiterEtcd": [
		9677
	],
	"./RateLimiterEtcd.js": [
		9677
	],
	"./RateLimiterEtcdNonAtomic": [
		92919
	],
	"./RateLimiterEtcdNonAtomic.js": [
		92919
	],
	"./RateLimiterInsuredAbstract": [
		49219
	],
	"./RateLimiterInsuredAbstract.js": [
		49219
	],
	"./RateLimiterMemcache": [
		63510
	],
	"./RateLimiterMemcache.js": [
		63510
	],
	"./RateLimiterMemory": [
		64644
	],
	"./RateLimiterMemory.js": [
		64644
	],
	"./RateLimiterMongo": [
		39867
	],
	"./RateLimiterMongo.js": [
		39867
	],
	"./RateLimiterMySQL": [
		99693
	],
	"./RateLimiterMySQL.js": [
		99693
	],
	"./RateLimiterPostgres": [
		92752
	],
	"./RateLimiterPostgres.js": [
		92752
	],
	"./RateLimiterPrisma": [
		60255
	],
	"./RateLimiterPrisma.js": [
		60255
	],
	"./RateLimiterQueue": [
		2808
	],
	"./RateLimiterQueue.js": [
		2808
	],
	"./RateLimiterRedis": [
		99788
	],
	"./RateLimiterRedis.js": [
		99788
	],
	"./RateLimiterRes": [
		88101
	],
	"./RateLimiterRes.js": [
		88101
	],
	"./RateLimiterSQLite": [
		36399
	],
	"./RateLimiterSQLite.js": [
		36399
	],
	"./RateLimiterStoreAbstract": [
		65304
	],
	"./RateLimiterStoreAbstract.js": [
		65304
	],
	"./RateLimiterUnion": [
		41872
	],
	"./RateLimiterUnion.js": [
		41872
	],
	"./RateLimiterValkey": [
		66317
	],
	"./RateLimiterValkey.js": [
		66317
	],
	"./RateLimiterValkeyGlide": [
		13600
	],
	"./RateLimiterValkeyGlide.js": [
		13600
	],
	"./component/BlockedKeys": [
		29674
	],
	"./component/BlockedKeys/": [
		29674
	],
	"./component/BlockedKeys/BlockedKeys": [
		76878
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		76878
	],
	"./component/BlockedKeys/index": [
		29674
	],
	"./component/BlockedKeys/index.js": [
		29674
	],
	"./component/MemoryStorage": [
		15494,
		494
	],
	"./component/MemoryStorage/": [
		15494,
		494
	],
	"./component/MemoryStorage/MemoryStorage": [
		83626
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		83626
	],
	"./component/MemoryStorage/Record": [
		43737
	],
	"./component/MemoryStorage/Record.js": [
		43737
	],
	"./component/MemoryStorage/index": [
		15494,
		494
	],
	"./component/MemoryStorage/index.js": [
		15494,
		494
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		38036
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		38036
	],
	"./component/RateLimiterQueueError": [
		21968
	],
	"./component/RateLimiterQueueError.js": [
		21968
	],
	"./component/RateLimiterSetupError": [
		85014
	],
	"./component/RateLimiterSetupError.js": [
		85014
	],
	"./constants": [
		1716,
		716
	],
	"./constants.js": [
		1716,
		716
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 72500;
module.exports = webpackAsyncContext;

/***/ })

};
